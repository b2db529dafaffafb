package dev.forte.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import dev.forte.server.LocalUserPool;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code forte auth token} prints a token the sandbox of the same data directory verifies. */
class AuthTokenTest {
    @TempDir Path project;

    @Test
    void printsATokenSignedByThePoolOfTheProjectsDataDirectory() throws Exception {
        Cli.Result result = Cli.in(project).run("auth", "token", "--user", "alice", "--groups", "Admin,Editor",
                "--email", "alice@example.com");

        assertThat(result.status()).as(result.err()).isZero();
        SignedJWT token = SignedJWT.parse(result.out().trim());
        LocalUserPool pool = LocalUserPool.open(project.resolve(".forte"));
        RSAKey key = JWKSet.parse(pool.jwks()).getKeys().get(0).toRSAKey();
        assertThat(token.verify(new RSASSAVerifier(key))).isTrue();
        assertThat(token.getJWTClaimsSet().getIssuer()).isEqualTo(pool.issuer());
        assertThat(token.getJWTClaimsSet().getStringClaim("username")).isEqualTo("alice");
        assertThat(token.getJWTClaimsSet().getStringListClaim("cognito:groups")).containsExactly("Admin", "Editor");
        assertThat(token.getJWTClaimsSet().getStringClaim("email")).isEqualTo("alice@example.com");
        assertThat(token.getJWTClaimsSet().getStringClaim("token_use")).isEqualTo("access");
    }

    @Test
    void theSameUserKeepsTheSameSubject() throws Exception {
        String first = Cli.in(project).run("auth", "token", "--user", "bob").out().trim();
        String second = Cli.in(project).run("auth", "token", "--user", "bob", "--data-dir", ".forte").out().trim();

        assertThat(SignedJWT.parse(first).getJWTClaimsSet().getSubject())
                .isEqualTo(SignedJWT.parse(second).getJWTClaimsSet().getSubject());
    }

    @Test
    void anEmailIsTheUserOfAnEmailLoginPoolWhoseUsernameIsItsSub() throws Exception {
        Cli.Result result = Cli.in(project).run("auth", "token", "--user", "ada@example.com");

        assertThat(result.status()).as(result.err()).isZero();
        var claims = SignedJWT.parse(result.out().trim()).getJWTClaimsSet();
        assertThat(claims.getStringClaim("username")).isEqualTo(claims.getSubject()).isNotEqualTo("ada@example.com");
        assertThat(claims.getStringClaim("email")).isEqualTo("ada@example.com");
    }

    @Test
    void needsAUser() {
        Cli.Result result = Cli.in(project).run("auth", "token");

        assertThat(result.status()).isEqualTo(Main.USAGE_ERROR);
        assertThat(result.err()).contains("--user");
    }
}
