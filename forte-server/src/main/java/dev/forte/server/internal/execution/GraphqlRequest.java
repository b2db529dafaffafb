package dev.forte.server.internal.execution;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One GraphQL request as posted: {@code {"query", "variables", "operationName"}}.
 *
 * @param variables the variables; empty when the body had {@code {}}, {@code null} or no {@code variables}
 */
public record GraphqlRequest(String query, Map<String, @Nullable Object> variables, @Nullable String operationName) {}
