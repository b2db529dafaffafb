package dev.forte.backend;

/**
 * The result of {@code defineAuth()}: the backend signs users in, so its API accepts user-pool tokens (the
 * {@code Authorization} header) and IAM, and {@code defineData} defaults to the {@code userPool} mode. Forte is its
 * own issuer: the sandbox mints tokens with {@code ./forte auth token --user alice}.
 */
public record AuthDefinition() {}
