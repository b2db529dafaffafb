package dev.forte.server.internal.auth;

import dev.forte.server.internal.auth.sigv4.SigV4Result;
import dev.forte.server.internal.auth.sigv4.SigV4Verifier;
import dev.forte.server.internal.auth.sigv4.SignedRequest;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Verifies a SigV4-signed request ({@code Authorization: AWS4-HMAC-SHA256 ...}) against the credentials Forte
 * issued to functions. A bad signature is 403 {@code InvalidSignatureException}, an unknown or expired key 401
 * {@code UnauthorizedException}, a date more than five minutes off 403; the identity carries the function.
 */
public final class IamAuthenticator implements Authenticator {
    // Only to know which headers to hand over; the verifier parses and checks the header itself.
    private static final String SIGNED_HEADERS = "SignedHeaders=";
    private static final List<String> SIGV4_HEADERS =
            List.of("authorization", "x-amz-date", "x-amz-security-token", "x-amz-content-sha256");

    private final SigV4Verifier<FunctionPrincipal> verifier;

    public IamAuthenticator(SigV4Verifier<FunctionPrincipal> verifier) {
        this.verifier = verifier;
    }

    @Override
    public RequestIdentity authenticate(AuthRequest request) {
        SigV4Result<FunctionPrincipal> result = verifier.verify(signedRequest(request));
        if (result instanceof SigV4Result.Verified<FunctionPrincipal> verified) {
            return RequestIdentity.function(verified.principal());
        }
        SigV4Result.Rejected<FunctionPrincipal> rejected = (SigV4Result.Rejected<FunctionPrincipal>) result;
        throw new AuthenticationException(rejected.httpStatus(), rejected.errorType(), rejected.message());
    }

    private static SignedRequest signedRequest(AuthRequest request) {
        SignedRequest.Builder signed = SignedRequest.newRequest()
                .method(request.method())
                .rawPath(request.rawPath())
                .rawQuery(request.rawQuery())
                .body(request.body());
        for (String name : headerNames(request)) {
            request.headers(name).forEach(value -> signed.header(name, value));
        }
        return signed.build();
    }

    private static Set<String> headerNames(AuthRequest request) {
        Set<String> names = new LinkedHashSet<>(SIGV4_HEADERS);
        for (String authorization : request.headers("authorization")) {
            int start = authorization.indexOf(SIGNED_HEADERS);
            if (start >= 0) {
                start += SIGNED_HEADERS.length();
                int end = start;
                while (end < authorization.length() && authorization.charAt(end) != ','
                        && !Character.isWhitespace(authorization.charAt(end))) {
                    end++;
                }
                if (end > start) {
                    names.addAll(List.of(authorization.substring(start, end).toLowerCase(Locale.ROOT).split(";")));
                }
            }
        }
        return names;
    }
}
