package dev.forte.server.internal.auth.sigv4;

/** The outcome of verifying one signed request: the caller, or why it was refused. */
public sealed interface SigV4Result<P> {

    /** The signature is good: {@code principal} signed the request with {@code accessKeyId}. */
    record Verified<P>(P principal, String accessKeyId) implements SigV4Result<P> {}

    /** The request is refused: answer {@link #httpStatus()} with {@link #errorType()} and {@code message}. */
    record Rejected<P>(SigV4Failure failure, String message) implements SigV4Result<P> {

        public int httpStatus() {
            return failure.httpStatus();
        }

        public String errorType() {
            return failure.errorType();
        }
    }
}
