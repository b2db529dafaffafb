/**
 * GraphQL over HTTP on Jetty's core API: {@code POST /graphql}, CORS, and AppSync's status codes, error bodies and
 * headers (PROTOCOL §1).
 */
@NullMarked
package dev.forte.server.internal.http;

import org.jspecify.annotations.NullMarked;
