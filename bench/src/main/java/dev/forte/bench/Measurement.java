package dev.forte.bench;

/**
 * What one load run measured.
 *
 * @param perSecond completed requests (or transactions) per second
 * @param requests how many were completed
 * @param p50Millis median latency
 * @param p99Millis 99th-percentile latency
 * @param errors socket errors, timeouts, non-2xx answers or failed transactions
 */
record Measurement(double perSecond, long requests, double p50Millis, double p99Millis, long errors) {}
