/**
 * How the {@code a.*} builder turns declarations into the schema model: the immutable shapes the builder
 * records, and the resolver that names inline types, resolves refs and validates everything.
 */
@NullMarked
package dev.forte.data.internal;

import org.jspecify.annotations.NullMarked;
