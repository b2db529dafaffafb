/**
 * The backend definition: what a Forte project declares ({@code defineData}, {@code defineFunction}) and
 * the {@link dev.forte.backend.BackendDefinition} entry point the CLI and test kit load.
 */
@NullMarked
package dev.forte.backend;

import org.jspecify.annotations.NullMarked;
