package dev.forte.server.internal.events;

import java.time.Instant;

/**
 * Tells a listener that changes may have been missed: this node lost its connection to the database (reported when
 * the loss is noticed, and again when the node is back, for subscriptions started meanwhile), a node could not
 * publish changes, or a large change could no longer be read. Real-time delivery answers it with an error to its
 * subscribers rather than leave them silently without events.
 *
 * @param reason what happened, for logs and error messages
 * @param at when the feed noticed it
 */
public record FeedGap(String reason, Instant at) {}
