package dev.forte.backend.internal;

import dev.forte.backend.BackendException;
import dev.forte.backend.FunctionDefinition;
import dev.forte.backend.FunctionProps;
import java.lang.reflect.Modifier;
import java.util.regex.Pattern;

/** Checks {@code defineFunction}'s props with Amplify's limits and messages, and builds the definition. */
public final class FunctionChecks {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");
    private static final int MIN_TIMEOUT = 1;
    private static final int MAX_TIMEOUT = 900;
    private static final int MIN_MEMORY = 128;
    private static final int MAX_MEMORY = 10240;

    private FunctionChecks() {}

    /** Returns the function {@code props} describe; throws a BackendException naming the first bad prop. */
    public static FunctionDefinition define(FunctionProps props) {
        String name = props.name();
        requireName(name);
        requireInstantiable(name, props.handler());
        requireTimeout(name, props.timeoutSeconds());
        requireMemory(name, props.memoryMB());
        props.environment().keySet().forEach(key -> EnvironmentKeys.require(name, key));
        ScheduleParser schedules = new ScheduleParser(name, props.timeoutSeconds());
        return new FunctionDefinition(name, props.handler().getName(), props.timeoutSeconds(), props.memoryMB(),
                props.environment(), props.schedules().stream().map(schedules::parse).toList());
    }

    private static void requireName(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new BackendException("Function name `" + name + "` is not valid. Use letters, digits, - and _,"
                    + " starting with a letter or digit, at most 64 characters, e.g. `data-access`.");
        }
    }

    private static void requireInstantiable(String name, Class<?> handler) {
        boolean concrete = Modifier.isPublic(handler.getModifiers()) && !Modifier.isAbstract(handler.getModifiers())
                && (handler.getEnclosingClass() == null || Modifier.isStatic(handler.getModifiers()));
        if (!concrete || !hasPublicNoArgumentConstructor(handler)) {
            throw new BackendException("Function `" + name + "`: handler `" + handler.getName() + "` must be a"
                    + " public, non-abstract (and, if nested, static) class with a public no-argument constructor,"
                    + " so that Forte and AWS Lambda can create it.");
        }
    }

    private static boolean hasPublicNoArgumentConstructor(Class<?> handler) {
        try {
            return Modifier.isPublic(handler.getConstructor().getModifiers());
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private static void requireTimeout(String name, int timeoutSeconds) {
        if (timeoutSeconds < MIN_TIMEOUT || timeoutSeconds > MAX_TIMEOUT) {
            throw new BackendException("Invalid function timeout of " + timeoutSeconds + " (function `" + name
                    + "`). timeoutSeconds must be a whole number between " + MIN_TIMEOUT + " and " + MAX_TIMEOUT
                    + " inclusive.");
        }
    }

    private static void requireMemory(String name, int memoryMB) {
        if (memoryMB < MIN_MEMORY || memoryMB > MAX_MEMORY) {
            throw new BackendException("Invalid function memoryMB of " + memoryMB + " (function `" + name
                    + "`). memoryMB must be a whole number between " + MIN_MEMORY + " and " + MAX_MEMORY
                    + " inclusive.");
        }
    }
}
