package dev.forte.cli.internal;

import dev.forte.backend.Backend;
import dev.forte.functions.FunctionHost;
import dev.forte.server.ForteConfig;
import dev.forte.server.ForteServer;
import dev.forte.server.IdentityPoolEndpoint;
import dev.forte.server.LocalUserPool;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What a sandbox runs for one backend: the API server, the function host, the function schedules and the admin
 * endpoint, started together and closed together (in reverse order), so a reload can replace them as a unit.
 */
public final class SandboxServices implements AutoCloseable {
    /** How long issued function credentials live: as long as a Lambda execution role's. */
    public static final Duration CREDENTIAL_LIFETIME = Duration.ofHours(12);

    private final ForteServer server;
    private final SandboxApi api;
    private final List<AutoCloseable> started;

    private SandboxServices(ForteServer server, SandboxApi api, List<AutoCloseable> started) {
        this.server = server;
        this.api = api;
        this.started = started;
    }

    /**
     * Starts the services of {@code backend} (loaded from {@code classpath}) as {@code config} describes and
     * returns once the API answers; on a failure closes whatever had started and rethrows.
     */
    public static SandboxServices start(Backend backend, List<Path> classpath, ForteConfig config,
            Consumer<String> console) throws InterruptedException {
        return start(backend, classpath, config, ForteServer::graphqlEndpoint, console);
    }

    /**
     * Starts the services as {@link #start(Backend, List, ForteConfig, Consumer)} does; {@code clientEndpoint} says
     * at which URL clients reach the started server, as {@link #api()} and {@code sandbox.json} tell it (the
     * functions call the server's own {@link ForteServer#graphqlEndpoint()}).
     */
    public static SandboxServices start(Backend backend, List<Path> classpath, ForteConfig config,
            Function<ForteServer, URI> clientEndpoint, Consumer<String> console) throws InterruptedException {
        HostedFunctionInvoker invoker = new HostedFunctionInvoker();
        ForteServer server = ForteServer.start(config.toBuilder().functionInvoker(invoker).build());
        List<AutoCloseable> started = new ArrayList<>(List.of(server));
        try {
            FunctionHost functions = new SandboxFunctions(backend, classpath, server.graphqlEndpoint(),
                    server.region(), (name, operations) -> server.issueFunctionCredentials(name, operations,
                            CREDENTIAL_LIFETIME))
                    .start(console);
            started.add(functions);
            invoker.attach(functions);
            started.add(SandboxSchedules.start(backend.functions(), functions::invokeEvent, server.region(),
                    Clock.systemUTC(), console));
            IdentityPoolEndpoint identityPool = server.identityPool();
            SandboxApi api = new SandboxApi(clientEndpoint.apply(server), server.apiKey(), server.region(),
                    identityPool == null ? null : identityPool.identityPoolId(),
                    identityPool != null && identityPool.guestAccess(),
                    server.userPoolEndpoint() == null ? null
                            : LocalUserPool.open(config.dataDirectory()).userPoolId());
            started.add(SandboxAdmin.start(config.dataDirectory(), api, SandboxAdmin.Functions.of(functions)));
            ReadinessProbe.awaitAnswering(server.graphqlEndpoint(), server.apiKey());
            return new SandboxServices(server, api, List.copyOf(started));
        } catch (RuntimeException | InterruptedException e) {
            closeAll(started);
            throw e;
        }
    }

    public ForteServer server() {
        return server;
    }

    /** Returns what the server serves, as {@code sandbox.json} and {@code amplify_outputs.json} describe it. */
    public SandboxApi api() {
        return api;
    }

    @Override
    public void close() {
        closeAll(started);
    }

    private static void closeAll(List<AutoCloseable> started) {
        RuntimeException failure = null;
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = new IllegalStateException("Closing the sandbox failed: " + e, e);
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
