package dev.forte.server.internal.execution;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Keeps parsed and validated documents by query text: clients send the same few printed documents again and
 * again, so parsing and validation run once per document. Documents with errors are cached too (their errors
 * do not depend on variables).
 */
final class DocumentCache implements PreparsedDocumentProvider {
    private final Cache<String, PreparsedDocumentEntry> documents;

    DocumentCache(long maximumDocuments) {
        this.documents = Caffeine.newBuilder().maximumSize(maximumDocuments).build();
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        return CompletableFuture.completedFuture(
                documents.get(input.getQuery(), query -> parseAndValidate.apply(input)));
    }
}
