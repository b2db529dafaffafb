package dev.forte.server.internal.auth;

import dev.forte.server.internal.auth.sigv4.SigV4Result;
import dev.forte.server.internal.auth.sigv4.SigV4Verifier;
import dev.forte.server.internal.auth.sigv4.SignedRequest;

/**
 * Verifies a SigV4-signed request ({@code Authorization: AWS4-HMAC-SHA256 ...}) against the credentials Forte
 * issued to functions and to identity-pool callers. A bad signature is 403 {@code InvalidSignatureException}, an
 * unknown or expired key 401 {@code UnauthorizedException}, a date more than five minutes off 403; the identity
 * carries the function or the identity-pool caller.
 */
public final class IamAuthenticator implements Authenticator {
    private final SigV4Verifier<? extends IamPrincipal> verifier;

    public IamAuthenticator(SigV4Verifier<? extends IamPrincipal> verifier) {
        this.verifier = verifier;
    }

    @Override
    public RequestIdentity authenticate(AuthRequest request) {
        SigV4Result<? extends IamPrincipal> result = verifier.verify(signedRequest(request));
        if (result instanceof SigV4Result.Verified<? extends IamPrincipal> verified) {
            return RequestIdentity.iam(verified.principal());
        }
        SigV4Result.Rejected<?> rejected = (SigV4Result.Rejected<?>) result;
        throw new AuthenticationException(rejected.httpStatus(), rejected.errorType(), rejected.message());
    }

    private static SignedRequest signedRequest(AuthRequest request) {
        return SignedRequest.newRequest()
                .method(request.method())
                .rawPath(request.rawPath())
                .rawQuery(request.rawQuery())
                .headerLookup(request::headers)
                .body(request.body())
                .build();
    }
}
