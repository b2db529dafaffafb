package dev.forte.server.e2e;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The Todo API on the external PostgreSQL named by {@code FORTE_TEST_JDBC_URL} (CI: Debian's PostgreSQL 15). */
@EnabledIfEnvironmentVariable(named = TestDatabase.EXTERNAL_URL_VARIABLE, matches = ".+")
class TodoApiExternalTest extends TodoApiContract {
    @Override
    TestDatabase database() throws Exception {
        return TestDatabase.external();
    }
}
