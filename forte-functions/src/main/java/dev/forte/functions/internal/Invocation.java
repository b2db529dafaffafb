package dev.forte.functions.internal;

import dev.forte.functions.InvocationResult;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/** One event on its way through the Runtime API: queued, handed to the worker by {@code next}, then answered. */
final class Invocation {
    private final String requestId = UUID.randomUUID().toString();
    private final String payload;
    private final CompletableFuture<Void> pickedUp = new CompletableFuture<>();
    private final CompletableFuture<InvocationResult> result = new CompletableFuture<>();

    Invocation(String payload) {
        this.payload = payload;
    }

    String requestId() {
        return requestId;
    }

    String payload() {
        return payload;
    }

    CompletableFuture<Void> pickedUp() {
        return pickedUp;
    }

    CompletableFuture<InvocationResult> result() {
        return result;
    }

    void markPickedUp() {
        pickedUp.complete(null);
    }

    /** Completes this invocation unless it already has a result; the first answer wins, as in Lambda. */
    void finish(InvocationResult answer) {
        result.complete(answer);
        pickedUp.complete(null);
    }
}
