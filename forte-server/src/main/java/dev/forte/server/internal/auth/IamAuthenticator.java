package dev.forte.server.internal.auth;

import dev.forte.server.internal.auth.sigv4.SigV4Result;
import dev.forte.server.internal.auth.sigv4.SigV4Verifier;
import dev.forte.server.internal.auth.sigv4.SignedRequest;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Verifies a SigV4-signed request ({@code Authorization: AWS4-HMAC-SHA256 ...}) against the credentials Forte
 * issued to functions. A bad signature is 403 {@code InvalidSignatureException}, an unknown or expired key 401
 * {@code UnauthorizedException}, a date more than five minutes off 403; the identity carries the function.
 */
public final class IamAuthenticator implements Authenticator {
    // Only to know which headers to hand over; the verifier parses and checks the header itself.
    private static final Pattern SIGNED_HEADERS = Pattern.compile("SignedHeaders=([^,\\s]+)");
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
            Matcher matcher = SIGNED_HEADERS.matcher(authorization);
            if (matcher.find()) {
                names.addAll(List.of(matcher.group(1).toLowerCase(Locale.ROOT).split(";")));
            }
        }
        return names;
    }
}
