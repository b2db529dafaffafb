/** User-pool tokens: Forte's local issuer (key, minting, JWKS) and the verification of raw JWTs. */
@NullMarked
package dev.forte.server.internal.auth.jwt;

import org.jspecify.annotations.NullMarked;
