/**
 * GraphQL execution with graphql-java: the schema built from the transform's AppSync SDL, the model resolvers
 * over {@link dev.forte.server.internal.storage.ModelStore}, field access, and AppSync-shaped errors.
 */
@NullMarked
package dev.forte.server.internal.execution;

import org.jspecify.annotations.NullMarked;
