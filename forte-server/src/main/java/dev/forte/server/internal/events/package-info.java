/**
 * Committed model changes, from the mutation that made them to every API node's subscribers: the seam between
 * the write path (which publishes after commit) and real-time delivery (which listens).
 */
@NullMarked
package dev.forte.server.internal.events;

import org.jspecify.annotations.NullMarked;
