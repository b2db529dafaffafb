package dev.forte.server.e2e;

/** The schema5 Product and Customer API on the embedded PostgreSQL in the server's data directory. */
class ProductApiEmbeddedTest extends ProductApiContract {
    @Override
    TestDatabase database() {
        return TestDatabase.embedded();
    }
}
