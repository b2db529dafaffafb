package dev.forte.server.internal.realtime;

import java.time.Duration;

/**
 * The limits and timings of the realtime endpoint.
 *
 * @param connectionTimeout sent as {@code connectionTimeoutMs}; a connection without subscriptions for this long
 *     is closed
 * @param keepAliveInterval how often {@code ka} is sent (at most every 60 s, PROTOCOL §4.6)
 * @param queueLimit the most messages waiting for one connection; a client that falls further behind is
 *     disconnected
 */
public record RealtimeSettings(Duration connectionTimeout, Duration keepAliveInterval, int queueLimit) {
    /** AppSync's limit of subscriptions on one connection. */
    public static final int MAX_SUBSCRIPTIONS = 100;
    /** AppSync's limit of a realtime message, 240 KB. */
    public static final int MAX_PAYLOAD_BYTES = 240 * 1024;
}
