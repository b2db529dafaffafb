/**
 * The benchmark harness behind {@code bench/run}: the floors (B0, B1), Forte in a JVM of its own, the
 * AppSync-simulator peer, wrk and pgbench runs, and the Markdown report with its ratios.
 */
@NullMarked
package dev.forte.bench;

import org.jspecify.annotations.NullMarked;
