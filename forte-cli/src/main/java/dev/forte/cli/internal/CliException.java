package dev.forte.cli.internal;

import dev.forte.ForteException;

/** A mistake the user can fix: the message names the option or file and what to do. Printed without a stack trace. */
public final class CliException extends ForteException {
    public CliException(String message) {
        super(message);
    }

    public CliException(String message, Throwable cause) {
        super(message, cause);
    }
}
