package dev.forte.functions.internal;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.forte.functions.FunctionHostException;
import dev.forte.functions.WorkerSpec;
import dev.forte.functions.internal.worker.WorkerMain;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Starts a worker JVM for a function: the command line, the environment Lambda gives it, and its console. */
public final class WorkerLauncher {
    static final String DEFAULT_REGION = "us-east-1";

    private final String mainClass;
    private final boolean handlerAsArgument;
    /** A short-lived single-handler JVM starts faster on the C1 compiler and the serial collector. */
    private static final List<String> WORKER_JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    private final Consumer<String> console;
    private @Nullable Optional<WorkerClassArchive> classArchive;

    private WorkerLauncher(String mainClass, boolean handlerAsArgument, Consumer<String> console) {
        this.mainClass = mainClass;
        this.handlerAsArgument = handlerAsArgument;
        this.console = console;
    }

    /** Returns a launcher that runs Forte's own worker main. */
    public static WorkerLauncher forteWorker(Consumer<String> console) {
        return new WorkerLauncher(WorkerMain.class.getName(), false, console);
    }

    /**
     * Returns a launcher that runs another runtime client's main class with the handler as its argument, as the
     * official aws-lambda-java-runtime-interface-client ({@code ...api.client.AWSLambda}) expects.
     */
    public static WorkerLauncher runtimeClient(String mainClass, Consumer<String> console) {
        return new WorkerLauncher(mainClass, true, console);
    }

    Process launch(WorkerSpec spec, String runtimeApiAddress) {
        var builder = new ProcessBuilder(command(spec)).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(environment(spec, runtimeApiAddress));
        try {
            Process process = builder.start();
            pumpOutput(process, spec.functionName());
            return process;
        } catch (IOException e) {
            throw new FunctionHostException("Function `" + spec.functionName() + "`: cannot start its worker JVM `"
                    + javaExecutable() + "`: " + e.getMessage(), e);
        }
    }

    private List<String> command(WorkerSpec spec) {
        var command = new ArrayList<>(List.of(javaExecutable(), "-Xmx" + spec.memoryMB() + "m"));
        command.addAll(WORKER_JVM_OPTIONS);
        classArchive().ifPresent(archive -> command.addAll(archive.options()));
        command.addAll(List.of("-cp", classpath(spec), mainClass));
        if (handlerAsArgument) {
            command.add(spec.handlerClassName());
        }
        return command;
    }

    private static Map<String, String> environment(WorkerSpec spec, String runtimeApiAddress) {
        // A clean environment, as on Lambda: the host's own variables (and secrets) never reach a function.
        var environment = new java.util.HashMap<String, String>();
        environment.put("PATH", System.getenv().getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin"));
        environment.put("LANG", "en_US.UTF-8");
        environment.put("TZ", "UTC");
        environment.put("AWS_REGION", DEFAULT_REGION);
        environment.put("AWS_DEFAULT_REGION", DEFAULT_REGION);
        environment.putAll(spec.environment());
        environment.put("AWS_LAMBDA_FUNCTION_NAME", spec.functionName());
        environment.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        environment.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(spec.memoryMB()));
        environment.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/" + spec.functionName());
        environment.put("AWS_LAMBDA_LOG_STREAM_NAME", "forte/[$LATEST]" + ProcessHandle.current().pid());
        environment.put("AWS_EXECUTION_ENV", "AWS_Lambda_java17");
        environment.put("_HANDLER", spec.handlerClassName());
        environment.put("AWS_LAMBDA_RUNTIME_API", runtimeApiAddress);
        return environment;
    }

    /** Forte's own worker gets a class-data archive of its jars; another runtime client's main does not. */
    private synchronized Optional<WorkerClassArchive> classArchive() {
        if (handlerAsArgument) {
            return Optional.empty();
        }
        if (classArchive == null) {
            classArchive = WorkerClassArchive.forWorkers(List.copyOf(workerJars()), WORKER_JVM_OPTIONS);
        }
        return classArchive;
    }

    private static String classpath(WorkerSpec spec) {
        var entries = workerJars();
        spec.classpath().forEach(entry -> entries.add(entry.toAbsolutePath().toString()));
        return String.join(File.pathSeparator, entries);
    }

    /** The worker's own classes, first on every worker's classpath (so that its class-data archive fits all). */
    private static LinkedHashSet<String> workerJars() {
        var entries = new LinkedHashSet<String>();
        for (Class<?> workerClass : List.of(WorkerMain.class, RequestHandler.class, ObjectMapper.class,
                JsonFactory.class, JsonProperty.class)) {
            entries.add(codeLocation(workerClass));
        }
        return entries;
    }

    private static String codeLocation(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException | NullPointerException e) {
            throw new FunctionHostException("Cannot find the jar of " + type.getName()
                    + " to put on the worker's classpath; run Forte from jars or class directories.", e);
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private void pumpOutput(Process process, String functionName) {
        var pump = new Thread(() -> copyLines(process, "[" + functionName + "] "), "forte-fn-output-" + functionName);
        pump.setDaemon(true);
        pump.start();
    }

    private void copyLines(Process process, String prefix) {
        try (var lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                console.accept(prefix + line);
            }
        } catch (IOException e) {
            // The worker is gone; its output ends with it.
        }
    }

    void report(WorkerSpec spec, String message) {
        console.accept("[" + spec.functionName() + "] " + message);
    }
}
