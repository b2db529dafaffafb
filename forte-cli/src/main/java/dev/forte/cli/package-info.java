/**
 * The {@code forte} command line: {@code sandbox} serves a backend locally, {@code generate} writes what clients
 * need. {@link dev.forte.cli.Main#run} runs a command and returns its exit status; only {@code main} exits.
 */
@NullMarked
package dev.forte.cli;

import org.jspecify.annotations.NullMarked;
