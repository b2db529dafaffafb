/**
 * TLS for the API's port: a local certificate authority kept in the data directory, the server certificate it
 * signs, and the Jetty connector that serves TLS and plain HTTP on one port.
 */
@NullMarked
package dev.forte.server.internal.tls;

import org.jspecify.annotations.NullMarked;
