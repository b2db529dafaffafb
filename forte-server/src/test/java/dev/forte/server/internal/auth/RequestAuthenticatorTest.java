package dev.forte.server.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which mode's verifier a token reaches: routing by the token's {@code iss}, before any verification. */
class RequestAuthenticatorTest {
    private static final String OIDC_ISSUER = "https://sso.example.com/realms/shop";
    private static final Map<AuthMode, Authenticator> ANSWERING_WITH_THEIR_MODE = Map.of(
            AuthMode.AMAZON_COGNITO_USER_POOLS, request -> new RequestIdentity(AuthMode.AMAZON_COGNITO_USER_POOLS,
                    Map.of()),
            AuthMode.OPENID_CONNECT, request -> new RequestIdentity(AuthMode.OPENID_CONNECT, Map.of()));

    private static AuthMode modeReached(Set<AuthMode> enabled, String token) {
        return new RequestAuthenticator(enabled, ANSWERING_WITH_THEIR_MODE, OIDC_ISSUER)
                .authenticate(new AuthRequest("POST", "/graphql", Map.of("authorization", token)::get, new byte[0]))
                .mode();
    }

    private static String tokenFrom(String issuer) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), new JWTClaimsSet.Builder().issuer(issuer)
                .build());
        jwt.sign(new MACSigner("a-secret-of-at-least-thirty-two-bytes".getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }

    @Test
    void aTokenOfTheOidcIssuerGoesToOidcAndAnyOtherToTheUserPool() throws Exception {
        Set<AuthMode> both = EnumSet.of(AuthMode.AMAZON_COGNITO_USER_POOLS, AuthMode.OPENID_CONNECT);

        assertThat(modeReached(both, tokenFrom(OIDC_ISSUER))).isEqualTo(AuthMode.OPENID_CONNECT);
        assertThat(modeReached(both, tokenFrom("https://cognito-idp.us-east-1.amazonaws.com/us-east-1_x")))
                .isEqualTo(AuthMode.AMAZON_COGNITO_USER_POOLS);
        assertThat(modeReached(both, "not-a-jwt")).isEqualTo(AuthMode.AMAZON_COGNITO_USER_POOLS);
    }

    @Test
    void withoutAUserPoolEveryTokenGoesToOidcWhoseVerifierRefusesForeignOnes() throws Exception {
        assertThat(modeReached(EnumSet.of(AuthMode.OPENID_CONNECT), tokenFrom("https://elsewhere.example.com")))
                .isEqualTo(AuthMode.OPENID_CONNECT);
    }

    @Test
    void anOidcTokenIsRefusedWhenNoRuleEnablesTheMode() throws Exception {
        String token = tokenFrom(OIDC_ISSUER);

        assertThatThrownBy(() -> modeReached(EnumSet.of(AuthMode.API_KEY), token))
                .isInstanceOf(AuthenticationException.class)
                .hasMessageStartingWith("OpenID Connect authorization is not enabled on this API");
    }
}
