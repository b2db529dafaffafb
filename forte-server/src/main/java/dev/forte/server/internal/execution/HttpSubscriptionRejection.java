package dev.forte.server.internal.execution;

import graphql.ExecutionResult;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStrategy;
import graphql.execution.ExecutionStrategyParameters;
import java.util.concurrent.CompletableFuture;

/**
 * Answers a subscription sent over HTTP as AppSync does: subscriptions run only over the realtime WebSocket,
 * and AppSync rejects a POSTed one with {@code BadRequestException: Subscriptions over MQTT is not supported.}
 */
final class HttpSubscriptionRejection extends ExecutionStrategy {
    static final String ERROR_TYPE = "BadRequestException";
    static final String MESSAGE = "Subscriptions over MQTT is not supported.";

    @Override
    public CompletableFuture<ExecutionResult> execute(ExecutionContext context, ExecutionStrategyParameters parameters) {
        return CompletableFuture.completedFuture(ExecutionResult.newExecutionResult()
                .addError(new AppSyncError(ERROR_TYPE, MESSAGE, null, null))
                .build());
    }
}
