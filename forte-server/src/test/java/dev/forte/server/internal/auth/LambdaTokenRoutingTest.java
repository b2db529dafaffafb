package dev.forte.server.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.forte.server.TokenRequest;
import dev.forte.server.internal.auth.jwt.IssuerKeys;
import dev.forte.server.internal.auth.jwt.TokenMinter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which mode a request's {@code Authorization} goes to when the API has a Lambda authorizer (PROTOCOL §2.2, §8). */
class LambdaTokenRoutingTest {
    @TempDir static Path dataDirectory;

    private static Authenticator answering(AuthMode mode) {
        return request -> new RequestIdentity(mode, Map.of());
    }

    private static IssuerKeys userPool() {
        return IssuerKeys.openOrCreate(dataDirectory);
    }

    private static RequestAuthenticator authenticator(EnumSet<AuthMode> enabled) {
        return new RequestAuthenticator(enabled, Map.of(
                AuthMode.AWS_IAM, answering(AuthMode.AWS_IAM),
                AuthMode.AMAZON_COGNITO_USER_POOLS, JwtAuthenticator.local(userPool()),
                AuthMode.AWS_LAMBDA, answering(AuthMode.AWS_LAMBDA)));
    }

    private static AuthRequest withAuthorization(String authorization) {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.put("Authorization", authorization);
        return new AuthRequest("POST", "/graphql", headers, "{}".getBytes(StandardCharsets.UTF_8));
    }

    private static String jwtFrom(String issuer) throws JOSEException {
        RSAKey key = new RSAKeyGenerator(2048).generate();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256),
                new JWTClaimsSet.Builder().issuer(issuer).subject("s-1").build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    @Test
    void anOpaqueTokenGoesToTheLambdaAuthorizer() {
        var authenticator = authenticator(EnumSet.of(AuthMode.AWS_LAMBDA, AuthMode.AMAZON_COGNITO_USER_POOLS));

        assertThat(authenticator.authenticate(withAuthorization("custom-lambda-token-123")).mode())
                .isEqualTo(AuthMode.AWS_LAMBDA);
    }

    @Test
    void aJwtOfAnotherIssuerGoesToTheLambdaAuthorizer() throws JOSEException {
        var authenticator = authenticator(EnumSet.of(AuthMode.AWS_LAMBDA, AuthMode.AMAZON_COGNITO_USER_POOLS));

        assertThat(authenticator.authenticate(withAuthorization(jwtFrom("https://elsewhere.example.com"))).mode())
                .isEqualTo(AuthMode.AWS_LAMBDA);
    }

    @Test
    void aSigV4AuthorizationStaysIam() {
        var authenticator = authenticator(EnumSet.of(AuthMode.AWS_LAMBDA, AuthMode.AWS_IAM));

        assertThat(authenticator.authenticate(withAuthorization("AWS4-HMAC-SHA256 Credential=AKIA/...")).mode())
                .isEqualTo(AuthMode.AWS_IAM);
    }

    @Test
    void aJwtOfTheUserPoolGoesToTheUserPool() {
        var authenticator = authenticator(EnumSet.of(AuthMode.AWS_LAMBDA, AuthMode.AMAZON_COGNITO_USER_POOLS));
        String token = TokenMinter.mint(userPool(), TokenRequest.forUser("alice").build());

        RequestIdentity identity = authenticator.authenticate(withAuthorization(token));

        assertThat(identity.mode()).isEqualTo(AuthMode.AMAZON_COGNITO_USER_POOLS);
        assertThat(identity.claims()).containsEntry("username", "alice");
    }

    @Test
    void besideAnOidcProviderItsTokensGoToOidcAndOpaqueOnesToTheLambdaAuthorizer() throws JOSEException {
        String provider = "https://sso.example.com/realms/shop";
        var authenticator = new RequestAuthenticator(
                EnumSet.of(AuthMode.AWS_LAMBDA, AuthMode.OPENID_CONNECT, AuthMode.AMAZON_COGNITO_USER_POOLS),
                Map.of(AuthMode.AMAZON_COGNITO_USER_POOLS, JwtAuthenticator.local(userPool()),
                        AuthMode.OPENID_CONNECT, answering(AuthMode.OPENID_CONNECT),
                        AuthMode.AWS_LAMBDA, answering(AuthMode.AWS_LAMBDA)),
                provider);
        String userPoolToken = TokenMinter.mint(userPool(), TokenRequest.forUser("alice").build());

        assertThat(authenticator.authenticate(withAuthorization(jwtFrom(provider))).mode())
                .isEqualTo(AuthMode.OPENID_CONNECT);
        assertThat(authenticator.authenticate(withAuthorization("custom-lambda-token-123")).mode())
                .isEqualTo(AuthMode.AWS_LAMBDA);
        assertThat(authenticator.authenticate(withAuthorization(userPoolToken)).mode())
                .isEqualTo(AuthMode.AMAZON_COGNITO_USER_POOLS);
    }

    @Test
    void withoutALambdaAuthorizerAnOpaqueTokenIsTheUserPoolsToRefuse() {
        var authenticator = authenticator(EnumSet.of(AuthMode.AMAZON_COGNITO_USER_POOLS));

        assertThatThrownBy(() -> authenticator.authenticate(withAuthorization("custom-lambda-token-123")))
                .isInstanceOfSatisfying(AuthenticationException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("Unable to parse JWT token."));
    }
}
