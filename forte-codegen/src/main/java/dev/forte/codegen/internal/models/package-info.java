/** Writes the Java sources of typed models. */
@NullMarked
package dev.forte.codegen.internal.models;

import org.jspecify.annotations.NullMarked;
