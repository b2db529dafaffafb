/** JWTs: Forte's local user-pool issuer (key, minting, JWKS) and the keys of external issuers (Cognito, OIDC). */
@NullMarked
package dev.forte.server.internal.auth.jwt;

import org.jspecify.annotations.NullMarked;
