package dev.forte.functions.internal.worker;

import java.io.IOException;
import java.util.Map;

/**
 * The worker JVM's main: loads the handler named by {@code _HANDLER}, then loops over the Runtime API at
 * {@code AWS_LAMBDA_RUNTIME_API} until the host goes away.
 */
public final class WorkerMain {
    /** Set in the environment of the host's training run for its class-data archive. */
    public static final String TRAINING_VARIABLE = "FORTE_WORKER_CDS_TRAINING";

    private WorkerMain() {}

    public static void main(String[] args) {
        Map<String, String> environment = System.getenv();
        if (environment.containsKey(TRAINING_VARIABLE)) {
            train();
            return;
        }
        var api = new RuntimeApiClient(environment.get("AWS_LAMBDA_RUNTIME_API"));
        HandlerInvoker handler = loadOrReport(api, environment.get("_HANDLER"));
        try {
            while (true) {
                handleNext(api, handler, environment);
            }
        } catch (IOException e) {
            System.err.println("Lost the Runtime API (" + e.getMessage() + "); the worker stops.");
            System.exit(1);
        }
    }

    /**
     * The training run of the host's class-data archive: loads what an invocation uses (the Runtime API client's
     * HTTP classes, Jackson reading an event and writing an answer, the context) without a handler or a network.
     */
    private static void train() {
        try {
            var invocation = new RuntimeApiClient.NextInvocation("training", 0, "arn", "trace",
                    "{\"training\":[1,true,null,\"text\"]}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            new WorkerContext(Map.of(), invocation).getRemainingTimeInMillis();
            HandlerInvoker.train(invocation.event());
            HandlerInvoker.errorDocument(new IllegalStateException("training"));
            new RuntimeApiClient("127.0.0.1:9").train();
        } catch (IOException e) {
            System.err.println("Training stopped early: " + e.getMessage());
        }
    }

    private static void handleNext(RuntimeApiClient api, HandlerInvoker handler, Map<String, String> environment)
            throws IOException {
        RuntimeApiClient.NextInvocation invocation = api.next();
        byte[] output;
        try {
            output = handler.invoke(invocation.event(), new WorkerContext(environment, invocation));
        } catch (Exception | StackOverflowError e) {
            e.printStackTrace();
            api.fail(invocation.requestId(), e.getClass().getName(), HandlerInvoker.errorDocument(e));
            return;
        }
        api.respond(invocation.requestId(), output);
    }

    private static HandlerInvoker loadOrReport(RuntimeApiClient api, String handlerName) {
        try {
            return HandlerInvoker.load(handlerName);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            System.err.println("Cannot load handler " + handlerName + ": " + e);
            try {
                api.failInit(e.getClass().getName(), HandlerInvoker.errorDocument(e));
            } catch (IOException reportFailed) {
                System.err.println("Cannot report the init error: " + reportFailed.getMessage());
            }
            System.exit(1);
            throw new AssertionError("unreachable");
        }
    }
}
