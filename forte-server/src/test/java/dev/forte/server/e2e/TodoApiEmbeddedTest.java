package dev.forte.server.e2e;

/** The Todo API on the embedded PostgreSQL in the server's data directory. */
class TodoApiEmbeddedTest extends TodoApiContract {
    @Override
    TestDatabase database() {
        return TestDatabase.embedded();
    }
}
