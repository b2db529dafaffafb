/**
 * The Java data client: {@link dev.forte.client.DataClient} sends GraphQL to a Forte or AppSync API with an API key
 * or SigV4, and {@link dev.forte.client.DataClient#models()} reads and writes models without generated code.
 */
@NullMarked
package dev.forte.client;

import org.jspecify.annotations.NullMarked;
