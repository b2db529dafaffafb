/** The Forte server: start a backend's GraphQL API over PostgreSQL with {@link dev.forte.server.ForteServer}. */
@NullMarked
package dev.forte.server;

import org.jspecify.annotations.NullMarked;
