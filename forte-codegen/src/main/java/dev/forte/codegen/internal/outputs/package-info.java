/** Builds the {@code amplify_outputs.json} tree. */
@NullMarked
package dev.forte.codegen.internal.outputs;

import org.jspecify.annotations.NullMarked;
