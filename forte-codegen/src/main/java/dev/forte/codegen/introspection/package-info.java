/** Amplify's model introspection schema ({@code model-introspection.json}, the {@code model_introspection} of {@code amplify_outputs.json}) from a data definition. */
@NullMarked
package dev.forte.codegen.introspection;

import org.jspecify.annotations.NullMarked;
