/** {@code amplify_outputs.json}: what {@code Amplify.configure(outputs)} needs to reach a Forte data API. */
@NullMarked
package dev.forte.codegen.outputs;

import org.jspecify.annotations.NullMarked;
