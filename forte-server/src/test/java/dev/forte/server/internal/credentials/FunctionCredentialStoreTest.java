package dev.forte.server.internal.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forte.ForteException;
import dev.forte.schema.ResourceOperation;
import dev.forte.server.FunctionCredentials;
import dev.forte.server.internal.auth.FunctionPrincipal;
import dev.forte.server.internal.auth.sigv4.Credential;
import dev.forte.server.internal.storage.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FunctionCredentialStoreTest {
    private static final Instant NOW = Instant.parse("2026-11-25T19:00:00Z");
    private static final Set<ResourceOperation> QUERY_MUTATE = Set.of(ResourceOperation.QUERY, ResourceOperation.MUTATE);

    private TestDatabases.Schema schema;
    private FunctionCredentialStore store;

    @BeforeEach
    void openStore() {
        schema = TestDatabases.embedded().newSchema();
        schema.execute("CREATE TABLE forte_meta (key text PRIMARY KEY, value text NOT NULL)");
        store = FunctionCredentialStore.open(schema.dataSource(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void dropSchema() {
        schema.close();
    }

    @Test
    void issuesTemporaryCredentialsShapedLikeAws() {
        FunctionCredentials credentials = store.issue("data-access", QUERY_MUTATE);

        assertThat(credentials.accessKeyId()).hasSize(20).startsWith("ASIA").matches("[A-Z2-7]+");
        assertThat(credentials.secretAccessKey()).hasSize(40);
        assertThat(credentials.sessionToken()).isNotBlank();
        assertThat(credentials.expiration()).isEqualTo(NOW.plus(Duration.ofHours(12)));
        assertThat(credentials.toString()).doesNotContain(credentials.secretAccessKey(), credentials.sessionToken());
    }

    @Test
    void findsTheSecretTokenExpiryAndGrantOfAnIssuedKey() {
        FunctionCredentials issued = store.issue("data-access", QUERY_MUTATE);

        Credential<FunctionPrincipal> found = store.find(issued.accessKeyId()).orElseThrow();

        assertThat(found.secretAccessKey()).isEqualTo(issued.secretAccessKey());
        assertThat(found.sessionToken()).isEqualTo(issued.sessionToken());
        assertThat(found.expiresAt()).isEqualTo(issued.expiration());
        assertThat(found.principal()).isEqualTo(new FunctionPrincipal("data-access", QUERY_MUTATE));
    }

    @Test
    void anotherNodeOverTheSameDatabaseVerifiesTheSameCredentials() {
        FunctionCredentials issued = store.issue("data-access", Set.of(ResourceOperation.QUERY));

        FunctionCredentialStore otherNode = FunctionCredentialStore.open(schema.dataSource(), Clock.systemUTC());

        Credential<FunctionPrincipal> found = otherNode.find(issued.accessKeyId()).orElseThrow();
        assertThat(found.secretAccessKey()).isEqualTo(issued.secretAccessKey());
        assertThat(found.principal().operations()).containsExactly(ResourceOperation.QUERY);
    }

    @Test
    void neverWritesTheSecretOrTheSessionTokenToTheDatabase() throws SQLException {
        FunctionCredentials issued = store.issue("data-access", QUERY_MUTATE);

        List<String> stored = allText("SELECT * FROM " + FunctionCredentialStore.TABLE);
        stored.addAll(allText("SELECT * FROM forte_meta"));

        assertThat(String.join("\n", stored))
                .contains(issued.accessKeyId())
                .doesNotContain(issued.secretAccessKey(), issued.sessionToken());
    }

    @Test
    void eachIssueGetsItsOwnKeys() {
        FunctionCredentials first = store.issue("data-access", QUERY_MUTATE);
        FunctionCredentials second = store.issue("data-access", QUERY_MUTATE);

        assertThat(second.accessKeyId()).isNotEqualTo(first.accessKeyId());
        assertThat(second.secretAccessKey()).isNotEqualTo(first.secretAccessKey());
    }

    @Test
    void revokedAndUnknownKeysAreNotFound() {
        FunctionCredentials issued = store.issue("data-access", QUERY_MUTATE);
        FunctionCredentials other = store.issue("other", QUERY_MUTATE);
        store.find(issued.accessKeyId());

        store.revoke(issued.accessKeyId());
        store.revokeAll("other");

        assertThat(store.find(issued.accessKeyId())).isEmpty();
        assertThat(store.find(other.accessKeyId())).isEmpty();
        assertThat(store.find("ASIAFORGEDFORGEDFORG")).isEmpty();
    }

    @Test
    void forgetsCredentialsADayAfterTheyExpire() {
        FunctionCredentials old = store.issue("data-access", QUERY_MUTATE, Duration.ofHours(1));
        FunctionCredentialStore dayLater = FunctionCredentialStore.open(schema.dataSource(),
                Clock.fixed(NOW.plus(Duration.ofHours(26)), ZoneOffset.UTC));

        dayLater.issue("data-access", QUERY_MUTATE);

        assertThat(dayLater.find(old.accessKeyId())).isEmpty();
    }

    @Test
    void refusesANonPositiveLifetime() {
        assertThatThrownBy(() -> store.issue("data-access", QUERY_MUTATE, Duration.ZERO))
                .isInstanceOf(ForteException.class)
                .hasMessageContaining("`data-access`");
    }

    private List<String> allText(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = schema.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                    values.add(rows.getString(i));
                }
            }
        }
        return values;
    }
}
