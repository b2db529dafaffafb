/** The {@code java} statement target: documents as constants with typed variable and result records. */
@NullMarked
package dev.forte.codegen.internal.java;

import org.jspecify.annotations.NullMarked;
