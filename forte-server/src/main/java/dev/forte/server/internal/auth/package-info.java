/**
 * Who is calling: the auth mode of a request (PROTOCOL §2.2), its verification ({@link
 * dev.forte.server.internal.auth.Authenticator}), and the per-field access rules of the {@code @aws_*} directives.
 */
@NullMarked
package dev.forte.server.internal.auth;

import org.jspecify.annotations.NullMarked;
