package dev.forte.backend;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.forte.backend.internal.FunctionNames;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The props of {@code defineFunction}: the handler class and Amplify's {@code name}, {@code timeoutSeconds},
 * {@code memoryMB}, {@code environment} and {@code schedule}. {@code defineFunction} checks them.
 *
 * <pre>{@code
 * defineFunction(FunctionProps.builder(DataAccessHandler.class)
 *         .name("data-access")
 *         .timeoutSeconds(30)
 *         .environment(Map.of("GREETING", "hello"))
 *         .schedule("every 5m")
 *         .build());
 * }</pre>
 *
 * @param name the function's name, by default derived from the handler class (see {@link Builder#name})
 */
public record FunctionProps(
        Class<? extends RequestHandler<?, ?>> handler,
        String name,
        int timeoutSeconds,
        int memoryMB,
        Map<String, String> environment,
        List<String> schedules) {

    /** Seconds an invocation may run when {@code timeoutSeconds} is not given. */
    public static final int DEFAULT_TIMEOUT_SECONDS = 3;
    /** Memory of the function when {@code memoryMB} is not given. */
    public static final int DEFAULT_MEMORY_MB = 512;

    public FunctionProps {
        environment = Map.copyOf(environment);
        schedules = List.copyOf(schedules);
    }

    /** Returns Amplify's defaults for {@code handler}: name from the class, 3 seconds, 512 MB, no schedule. */
    public static FunctionProps of(Class<? extends RequestHandler<?, ?>> handler) {
        return builder(handler).build();
    }

    /** Returns a builder starting from {@link #of}'s defaults. */
    public static Builder builder(Class<? extends RequestHandler<?, ?>> handler) {
        return new Builder(handler);
    }

    /** Builds {@link FunctionProps}; every setter is optional. */
    public static final class Builder {
        private final Class<? extends RequestHandler<?, ?>> handler;
        private @Nullable String name;
        private int timeoutSeconds = DEFAULT_TIMEOUT_SECONDS;
        private int memoryMB = DEFAULT_MEMORY_MB;
        private Map<String, String> environment = Map.of();
        private List<String> schedules = List.of();

        private Builder(Class<? extends RequestHandler<?, ?>> handler) {
            this.handler = handler;
        }

        /**
         * Sets the function's name. By default it is the handler's simple class name in kebab case without a
         * trailing {@code Handler}, as Amplify names a function after its entry file: {@code DataAccessHandler}
         * becomes {@code data-access}, {@code Reporter} becomes {@code reporter}.
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Sets how long an invocation may run, a whole number of seconds from 1 to 900; 3 by default. */
        public Builder timeoutSeconds(int timeoutSeconds) {
            this.timeoutSeconds = timeoutSeconds;
            return this;
        }

        /** Sets the function's memory, 128 to 10240 MB; 512 by default. */
        public Builder memoryMB(int memoryMB) {
            this.memoryMB = memoryMB;
            return this;
        }

        /** Sets the function's own environment variables; keys as Amplify allows them, e.g. {@code API_URL}. */
        public Builder environment(Map<String, String> environment) {
            this.environment = environment;
            return this;
        }

        /**
         * Sets when the function runs on its own: {@code every 5m}, {@code every 2h},
         * {@code every day|week|month|year}, or a cron expression of 5 or 6 fields (UTC), e.g. {@code 0 9 * * 1}.
         */
        public Builder schedule(String... schedules) {
            this.schedules = List.of(schedules);
            return this;
        }

        public FunctionProps build() {
            String resolvedName = name != null ? name : FunctionNames.fromHandler(handler);
            return new FunctionProps(handler, resolvedName, timeoutSeconds, memoryMB, environment, schedules);
        }
    }
}
