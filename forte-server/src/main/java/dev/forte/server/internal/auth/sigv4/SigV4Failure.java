package dev.forte.server.internal.auth.sigv4;

/** Why a signed request was refused, and the HTTP status and {@code x-amzn-ErrorType} AppSync answers with. */
public enum SigV4Failure {
    /** No {@code Authorization} header at all. */
    MISSING_AUTHORIZATION(401, "UnauthorizedException"),
    /** The {@code Authorization} header or {@code x-amz-date} does not have SigV4's form. */
    INCOMPLETE_SIGNATURE(403, "IncompleteSignatureException"),
    /** {@code host} or {@code x-amz-date} is not among {@code SignedHeaders}, or a signed header is absent. */
    HEADER_NOT_SIGNED(403, "InvalidSignatureException"),
    /** The credential scope names another region, service, terminator or day. */
    WRONG_SCOPE(403, "InvalidSignatureException"),
    /** {@code x-amz-date} is more than five minutes away from the server clock. */
    SIGNATURE_EXPIRED(403, "InvalidSignatureException"),
    /** No credential was ever issued for the access key id. */
    UNKNOWN_ACCESS_KEY(401, "UnauthorizedException"),
    /** The credential has expired: the caller must fetch fresh ones. */
    EXPIRED_CREDENTIALS(401, "UnauthorizedException"),
    /** {@code x-amz-security-token} is missing, unexpected, or not the credential's session token. */
    INVALID_SECURITY_TOKEN(403, "UnrecognizedClientException"),
    /** A signed {@code x-amz-content-sha256} is not the hash of the body received. */
    PAYLOAD_HASH_MISMATCH(403, "InvalidSignatureException"),
    /** The signature is not the one the secret key gives for this request. */
    SIGNATURE_MISMATCH(403, "InvalidSignatureException");

    private final int httpStatus;
    private final String errorType;

    SigV4Failure(int httpStatus, String errorType) {
        this.httpStatus = httpStatus;
        this.errorType = errorType;
    }

    /** Returns the HTTP status of the response, e.g. {@code 403}. */
    public int httpStatus() {
        return httpStatus;
    }

    /** Returns the value of {@code x-amzn-ErrorType} and of {@code errors[0].errorType}. */
    public String errorType() {
        return errorType;
    }
}
