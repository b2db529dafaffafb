package dev.forte.bench;

import dev.forte.examples.todo.TodoBackend;
import dev.forte.server.ForteConfig;
import dev.forte.server.ForteServer;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Forte under test, in a JVM of its own: {@code ForteMain JDBC_URL DATA_DIRECTORY}. Serves {@code examples/todo}'s
 * {@link TodoBackend} from the given PostgreSQL, prints the endpoint and API key as {@code ./forte sandbox} does,
 * and stops cleanly on SIGTERM.
 */
public final class ForteMain {
    private ForteMain() {}

    public static void main(String[] args) throws InterruptedException {
        ForteConfig config = ForteConfig.builder(new TodoBackend().define())
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
