/** How the data client authorizes, sends and parses requests and learns a model's shape; not API. */
@NullMarked
package dev.forte.client.internal;

import org.jspecify.annotations.NullMarked;
