package dev.forte.backend;

import java.util.Objects;

/**
 * The result of {@code defineAuth()}: the backend signs users in, so its API accepts user-pool tokens (the
 * {@code Authorization} header) and IAM, and {@code defineData} defaults to the {@code userPool} mode. Forte is its
 * own issuer: the sandbox mints tokens with {@code ./forte auth token --user alice}.
 *
 * @param loginWith what users sign up and sign in with, {@link LoginWith#EMAIL} by default as in Amplify
 */
public record AuthDefinition(LoginWith loginWith) {

    public AuthDefinition {
        Objects.requireNonNull(loginWith, "loginWith");
    }
}
