package dev.forte.server.internal.auth.sigv4;

import java.util.Optional;

/** Finds the secret and principal behind an access key id (the function-credentials store implements it). */
@FunctionalInterface
public interface CredentialLookup<P> {

    /** Returns the credential issued as {@code accessKeyId}, expired or not, or empty when none was ever issued. */
    Optional<Credential<P>> find(String accessKeyId);
}
