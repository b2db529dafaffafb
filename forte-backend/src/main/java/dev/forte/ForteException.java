package dev.forte;

/** The root of Forte's unchecked exceptions; each message says what went wrong and what to do about it. */
public class ForteException extends RuntimeException {
    public ForteException(String message) {
        super(message);
    }

    public ForteException(String message, Throwable cause) {
        super(message, cause);
    }
}
