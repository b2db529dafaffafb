package dev.forte.server.e2e;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The schema5 Product and Customer API on the external PostgreSQL named by {@code FORTE_TEST_JDBC_URL}. */
@EnabledIfEnvironmentVariable(named = TestDatabase.EXTERNAL_URL_VARIABLE, matches = ".+")
class ProductApiExternalTest extends ProductApiContract {
    @Override
    TestDatabase database() throws Exception {
        return TestDatabase.external();
    }
}
