/** The Todo example backend. */
@NullMarked
package dev.forte.examples.todo;

import org.jspecify.annotations.NullMarked;
