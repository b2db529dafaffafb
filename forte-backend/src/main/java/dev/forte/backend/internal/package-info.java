/**
 * How {@code defineFunction} and {@code Backend.of} check what a project declares: function props, schedules,
 * names derived the way Amplify derives them, and how a backend's functions and grants fit together.
 */
@NullMarked
package dev.forte.backend.internal;

import org.jspecify.annotations.NullMarked;
