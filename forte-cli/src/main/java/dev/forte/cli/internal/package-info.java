/** How the CLI finds, compiles and loads a project's {@code BackendDefinition}; not a public API. */
@NullMarked
package dev.forte.cli.internal;

import org.jspecify.annotations.NullMarked;
