package dev.forte.server.internal.execution;

import dev.forte.backend.DataDefinition;
import dev.forte.server.e2e.TestBackends;
import dev.forte.server.internal.auth.AuthMode;
import dev.forte.server.internal.events.ChangeFeed;
import dev.forte.server.internal.storage.ModelStore;
import dev.forte.transform.AppSyncTransform;

/** The engine under test, over the end-to-end tests' schema. */
final class EngineFixtures {
    private EngineFixtures() {}

    /** The end-to-end tests' Todo backend ({@link TestBackends#todo()}): Todo open to the API key, Secret to user pools. */
    static DataDefinition todo() {
        return TestBackends.todo().data();
    }

    static GraphqlEngine engine(DataDefinition data, ModelStore store) {
        return engine(data, store, new RecordingChangeFeed());
    }

    static GraphqlEngine engine(DataDefinition data, ModelStore store, ChangeFeed changes) {
        return GraphqlEngine.newEngine()
                .transform(AppSyncTransform.transform(data))
                .schema(data.schema())
                .store(store)
                .changeFeed(changes)
                .defaultMode(AuthMode.of(data.authorizationModes().defaultAuthorizationMode()))
                .build();
    }
}
