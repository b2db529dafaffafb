package dev.forte.server.internal.execution;

import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerParameters;
import graphql.execution.DataFetcherExceptionHandlerResult;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a resolver's exception into an {@link AppSyncError} on its field. An unexpected exception is logged
 * with its stack trace and reaches the client only as a generic message.
 */
final class ResolverExceptionHandler implements DataFetcherExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ResolverExceptionHandler.class);

    @Override
    public CompletableFuture<DataFetcherExceptionHandlerResult> handleException(
            DataFetcherExceptionHandlerParameters parameters) {
        Throwable exception = unwrap(parameters.getException());
        AppSyncError error;
        if (exception instanceof ResolverException resolverException) {
            error = new AppSyncError(resolverException.errorType(), resolverException.getMessage(),
                    parameters.getPath(), parameters.getSourceLocation());
        } else {
            log.error("Resolver of {} failed", parameters.getPath(), exception);
            error = new AppSyncError("InternalFailure", "An internal failure occurred while resolving "
                    + parameters.getPath() + "; the server log has the details.", parameters.getPath(),
                    parameters.getSourceLocation());
        }
        return CompletableFuture.completedFuture(DataFetcherExceptionHandlerResult.newResult(error).build());
    }

    private static Throwable unwrap(Throwable exception) {
        return exception instanceof CompletionException && exception.getCause() != null
                ? exception.getCause() : exception;
    }
}
