package dev.forte.server.internal.storage;

import java.time.Instant;

/**
 * A PASSWORD_VERIFIER challenge in progress, found by the secret block the client must send back.
 *
 * @param privateValue the server's private ephemeral b, as hex; its public B is derived from it and the verifier
 * @param clientPublicValue the client's SRP_A, as hex
 */
public record SrpChallenge(String username, String privateValue, String clientPublicValue, Instant expiresAt) {}
