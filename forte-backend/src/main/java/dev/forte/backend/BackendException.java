package dev.forte.backend;

import dev.forte.ForteException;

/**
 * Thrown by {@code defineFunction(...)} and {@code Backend.of(...)} when a function's props or the backend's
 * parts do not fit together. The message names the function and the fix; where Amplify has a message for the
 * same mistake, it uses Amplify's wording.
 */
public final class BackendException extends ForteException {
    public BackendException(String message) {
        super(message);
    }
}
