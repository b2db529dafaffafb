package dev.forte.server.internal.storage;

import java.time.Instant;

/**
 * What a refresh token (kept only as its SHA-256) grants: new tokens for {@code username} through {@code clientId}.
 *
 * @param originJti the {@code origin_jti} of every token issued from this sign-in
 * @param authTime when the user signed in, the {@code auth_time} of refreshed tokens
 */
public record RefreshGrant(String username, String clientId, String originJti, Instant authTime,
        Instant expiresAt) {}
