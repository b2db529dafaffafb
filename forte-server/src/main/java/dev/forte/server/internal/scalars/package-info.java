/**
 * AppSync's nine {@code AWS*} scalars as graphql-java scalar types, with AppSync's validation, and the
 * scalar and directive declarations that an AppSync schema leaves implicit.
 */
@NullMarked
package dev.forte.server.internal.scalars;

import org.jspecify.annotations.NullMarked;
