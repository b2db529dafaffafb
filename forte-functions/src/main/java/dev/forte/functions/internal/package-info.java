/** The host side of the function host: the loopback Runtime API, worker processes, timeouts and restarts. */
@NullMarked
package dev.forte.functions.internal;

import org.jspecify.annotations.NullMarked;
