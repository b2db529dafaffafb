/** Names the way Amplify's generators spell them (the {@code change-case} package's rules). */
@NullMarked
package dev.forte.codegen.internal.names;

import org.jspecify.annotations.NullMarked;
