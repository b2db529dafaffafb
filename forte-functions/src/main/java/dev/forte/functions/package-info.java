/**
 * The function host: runs each function's {@code RequestHandler} in its own worker JVM and invokes it through the
 * AWS Lambda Runtime API, served on loopback. Start one with {@link dev.forte.functions.FunctionHost#start}.
 */
@NullMarked
package dev.forte.functions;

import org.jspecify.annotations.NullMarked;
