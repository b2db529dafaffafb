/** {@code API.ts}: the TypeScript types Amplify's {@code graphql-types-generator} writes for the statements. */
@NullMarked
package dev.forte.codegen.internal.types;

import org.jspecify.annotations.NullMarked;
