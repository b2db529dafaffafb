package dev.forte.server.internal.storage;

import java.time.Instant;

/** A code sent to a user for {@code purpose} ({@code SIGN_UP} or {@code FORGOT_PASSWORD}), valid until then. */
public record PoolCode(String code, Instant expiresAt) {}
