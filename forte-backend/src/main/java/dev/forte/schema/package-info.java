/**
 * The immutable schema model: what a backend's {@code a.schema(...)} declares, after the builder has resolved
 * inline enums and custom types to named ones. The transform, the server and code generation read this model;
 * users build it through {@link dev.forte.data.a}.
 */
@NullMarked
package dev.forte.schema;

import org.jspecify.annotations.NullMarked;
