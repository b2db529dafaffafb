package dev.forte.bench;

import dev.forte.backend.BackendDefinition;
import dev.forte.server.ForteConfig;
import dev.forte.server.ForteServer;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Forte under test, in a JVM of its own: {@code ForteMain JDBC_URL DATA_DIRECTORY [BACKEND_CLASS]}.
 *
 * <p>Serves the backend (by default {@code dev.forte.examples.todo.TodoBackend}) from the given PostgreSQL, prints
 * the endpoint and API key as {@code ./forte sandbox} does, and stops cleanly on SIGTERM.
 */
public final class ForteMain {
    static final String TODO_BACKEND = "dev.forte.examples.todo.TodoBackend";

    private ForteMain() {}

    public static void main(String[] args) throws Exception {
        BackendDefinition definition = Class.forName(args.length > 2 ? args[2] : TODO_BACKEND)
                .asSubclass(BackendDefinition.class).getDeclaredConstructor().newInstance();
        ForteConfig config = ForteConfig.builder(definition.define())
                .jdbcUrl(args[0])
                .dataDirectory(Path.of(args[1]))
                .build();
        ForteServer server = ForteServer.start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        System.out.println("GraphQL endpoint: " + server.graphqlEndpoint());
        System.out.println("API key: " + server.apiKey());
        stopped.await();
    }
}
