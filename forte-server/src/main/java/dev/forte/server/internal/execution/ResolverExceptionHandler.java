package dev.forte.server.internal.execution;

import dev.forte.server.internal.storage.InvalidFilterException;
import dev.forte.server.internal.storage.InvalidKeyConditionException;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerParameters;
import graphql.execution.DataFetcherExceptionHandlerResult;
import graphql.execution.ResultPath;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a resolver's exception into an {@link AppSyncError} on its field. Storage's refusals of client input become
 * the errors AppSync's templates raise for them; an unexpected exception is logged with its stack trace and reaches
 * the client only as a generic message.
 */
final class ResolverExceptionHandler implements DataFetcherExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ResolverExceptionHandler.class);

    @Override
    public CompletableFuture<DataFetcherExceptionHandlerResult> handleException(
            DataFetcherExceptionHandlerParameters parameters) {
        ResolverException failure = toResolverException(unwrap(parameters.getException()), parameters.getPath());
        AppSyncError error = new AppSyncError(failure.errorType(), failure.getMessage(), parameters.getPath(),
                parameters.getSourceLocation());
        return CompletableFuture.completedFuture(DataFetcherExceptionHandlerResult.newResult(error).build());
    }

    private static ResolverException toResolverException(Throwable exception, ResultPath path) {
        if (exception instanceof ResolverException resolverException) {
            return resolverException;
        }
        if (exception instanceof InvalidFilterException) {
            // AppSync says no more (PROTOCOL §5.3); the reason is for the developer.
            log.info("{}: Unable to process the filter expression: {}", path, exception.getMessage());
            return new ResolverException("Unrecognized Filter", "Unable to process the filter expression");
        }
        if (exception instanceof InvalidKeyConditionException) {
            return ResolverException.invalidArguments(exception.getMessage());
        }
        log.error("Resolver of {} failed", path, exception);
        return new ResolverException("InternalFailure", "An internal failure occurred while resolving " + path
                + "; the server log has the details.");
    }

    private static Throwable unwrap(Throwable exception) {
        return exception instanceof CompletionException && exception.getCause() != null
                ? exception.getCause() : exception;
    }
}
