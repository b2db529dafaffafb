/**
 * PostgreSQL storage of model items: the database (embedded or external), table migration, and the
 * {@link dev.forte.server.internal.storage.ModelStore} that the resolvers call.
 */
@NullMarked
package dev.forte.server.internal.storage;

import org.jspecify.annotations.NullMarked;
