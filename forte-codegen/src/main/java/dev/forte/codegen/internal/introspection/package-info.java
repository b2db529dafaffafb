/** Builds the model introspection tree. */
@NullMarked
package dev.forte.codegen.internal.introspection;

import org.jspecify.annotations.NullMarked;
