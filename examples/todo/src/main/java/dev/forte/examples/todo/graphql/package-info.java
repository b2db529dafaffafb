/**
 * The Java statements of the Todo API, generated from {@link dev.forte.examples.todo.TodoBackend}'s schema: the
 * documents in {@link dev.forte.examples.todo.graphql.Queries}, {@link dev.forte.examples.todo.graphql.Mutations} and
 * {@link dev.forte.examples.todo.graphql.Subscriptions}, with their variables, results, inputs and types as records.
 * Do not edit the generated files; after changing the schema, regenerate them from the repository root with
 *
 * <pre>{@code
 * ./forte generate graphql-client-code --statement-target java --java-package dev.forte.examples.todo.graphql \
 *     --out examples/todo/src/main/java
 * }</pre>
 *
 * <p>({@code ExampleTodoStatementsTest} in {@code forte-cli} fails the build while they are out of date.) This file is
 * written by hand. The generated records leave unset components {@code null}, so the package is not null-marked.
 */
@NullUnmarked
package dev.forte.examples.todo.graphql;

import org.jspecify.annotations.NullUnmarked;
