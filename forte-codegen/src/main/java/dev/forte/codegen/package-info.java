/**
 * Code generation from a backend definition: the GraphQL statements and types Amplify's
 * {@code generate graphql-client-code} writes, typed Java statements and models, model introspection, and
 * {@code amplify_outputs.json}.
 */
@NullMarked
package dev.forte.codegen;

import org.jspecify.annotations.NullMarked;
