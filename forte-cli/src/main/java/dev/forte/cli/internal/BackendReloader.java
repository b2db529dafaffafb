package dev.forte.cli.internal;

import dev.forte.backend.Backend;
import dev.forte.backend.FunctionDefinition;
import dev.forte.schema.Model;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Replaces the sandbox's running backend when its sources change: loads the new one, and only if it compiles and
 * defines, restarts the services with it. A backend that does not load leaves the old one serving; one that does
 * not start (a refused migration) is reported and the old one is started again, or the sandbox stops.
 */
public final class BackendReloader implements AutoCloseable {
    /** Starts the services of a backend loaded from a classpath. */
    @FunctionalInterface
    public interface Starter {
        SandboxServices start(Backend backend, List<Path> classpath) throws InterruptedException;
    }

    /** Tells the user about a backend now being served: writes its outputs and prints what it wrote. */
    @FunctionalInterface
    public interface Announcer {
        void announce(Backend backend, SandboxServices services);
    }

    private final Supplier<BackendLoader.FoundBackend> loader;
    private final Starter starter;
    private final Announcer announcer;
    private final Consumer<String> out;
    private final Consumer<String> err;
    private final Function<Throwable, String> describe;
    private final Runnable stop;
    private Backend backend;
    private List<Path> classpath;
    private @Nullable SandboxServices services;

    private BackendReloader(Builder builder, Backend backend, List<Path> classpath, SandboxServices services) {
        this.loader = builder.loader;
        this.starter = builder.starter;
        this.announcer = builder.announcer;
        this.out = builder.out;
        this.err = builder.err;
        this.describe = builder.describe;
        this.stop = builder.stop;
        this.backend = backend;
        this.classpath = classpath;
        this.services = services;
    }

    /** Returns a builder for a reloader that loads with {@code loader} and starts with {@code starter}. */
    public static Builder builder(Supplier<BackendLoader.FoundBackend> loader, Starter starter) {
        return new Builder(loader, starter);
    }

    /** Loads the backend again and, if it loads, serves it instead of the current one. */
    public synchronized void reload() {
        if (services == null) {
            return;
        }
        long startedAt = System.nanoTime();
        BackendLoader.FoundBackend found;
        Backend next;
        try {
            found = loader.get();
            next = found.define();
        } catch (RuntimeException e) {
            err.accept("Backend changed, but it does not load: " + describe.apply(e) + "\nStill serving the "
                    + "previous backend; fix the source and save it again.");
            return;
        }
        try {
            restart(next, found.classpath(), startedAt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void restart(Backend next, List<Path> nextClasspath, long startedAt) throws InterruptedException {
        closeServices();
        try {
            services = starter.start(next, nextClasspath);
        } catch (RuntimeException e) {
            err.accept("Backend changed, but the new backend does not start: " + describe.apply(e));
            restorePrevious();
            return;
        }
        backend = next;
        classpath = nextClasspath;
        out.accept("Backend changed: reloaded (" + summary(next) + ") in "
                + Duration.ofNanos(System.nanoTime() - startedAt).toMillis() + " ms");
        announcer.announce(next, services);
    }

    private void restorePrevious() throws InterruptedException {
        try {
            services = starter.start(backend, classpath);
            out.accept("Serving the previous backend again; fix the source and save it again.");
        } catch (RuntimeException e) {
            err.accept("The previous backend does not start either: " + describe.apply(e) + "\nStopping the "
                    + "sandbox.");
            stop.run();
        }
    }

    private static String summary(Backend backend) {
        String models = backend.data().schema().models().stream().map(Model::name)
                .collect(Collectors.joining(", "));
        String functions = backend.functions().stream().map(FunctionDefinition::name)
                .collect(Collectors.joining(", "));
        return "models: " + (models.isEmpty() ? "none" : models)
                + "; functions: " + (functions.isEmpty() ? "none" : functions);
    }

    private void closeServices() {
        SandboxServices running = services;
        services = null;
        if (running != null) {
            running.close();
        }
    }

    /** Returns the services serving now; null once neither backend could start. */
    public synchronized @Nullable SandboxServices services() {
        return services;
    }

    /** Stops the services serving now; later reloads do nothing. */
    @Override
    public synchronized void close() {
        closeServices();
    }

    /** Collects a reloader's collaborators; {@link #start} starts the first backend. */
    public static final class Builder {
        private final Supplier<BackendLoader.FoundBackend> loader;
        private final Starter starter;
        private Announcer announcer = (backend, services) -> {};
        private Consumer<String> out = line -> {};
        private Consumer<String> err = line -> {};
        private Function<Throwable, String> describe = String::valueOf;
        private Runnable stop = () -> {};

        private Builder(Supplier<BackendLoader.FoundBackend> loader, Starter starter) {
            this.loader = loader;
            this.starter = starter;
        }

        public Builder announcer(Announcer announcer) {
            this.announcer = announcer;
            return this;
        }

        /** Where progress ({@code out}) and failures ({@code err}) are printed, and how a failure is described. */
        public Builder console(Consumer<String> out, Consumer<String> err, Function<Throwable, String> describe) {
            this.out = out;
            this.err = err;
            this.describe = describe;
            return this;
        }

        /** What to do when neither the new nor the previous backend starts: stop the sandbox. */
        public Builder onFailure(Runnable stop) {
            this.stop = stop;
            return this;
        }

        /** Starts {@code backend} (already loaded from {@code classpath}) and returns the reloader serving it. */
        public BackendReloader start(Backend backend, List<Path> classpath) throws InterruptedException {
            return new BackendReloader(this, backend, classpath, starter.start(backend, classpath));
        }
    }
}
