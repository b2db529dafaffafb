/**
 * AppSync's real-time protocol over WebSocket ({@code graphql-ws}, PROTOCOL §4): the handshake and its three auth
 * forms, the per-connection message exchange and limits, and the fan-out of committed changes from the
 * {@link dev.forte.server.internal.events.ChangeFeed} to each matching subscription.
 */
@NullMarked
package dev.forte.server.internal.realtime;

import org.jspecify.annotations.NullMarked;
