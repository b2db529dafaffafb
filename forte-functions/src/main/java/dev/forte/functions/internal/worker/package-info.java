/**
 * The worker JVM's side: a main that loops over the Runtime API's {@code next}, invokes the handler and posts the
 * response or the error. It runs in its own process with only the JDK, Jackson and aws-lambda-java-core besides the
 * backend's classes, so it must not use anything else from Forte.
 */
@NullMarked
package dev.forte.functions.internal.worker;

import org.jspecify.annotations.NullMarked;
