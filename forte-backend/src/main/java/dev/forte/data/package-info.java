/**
 * The schema builder: {@link dev.forte.data.a} and the types its methods return. A schema built here resolves
 * to the immutable {@link dev.forte.schema.DataSchema}; mistakes throw {@link dev.forte.data.SchemaException}.
 */
@NullMarked
package dev.forte.data;

import org.jspecify.annotations.NullMarked;
