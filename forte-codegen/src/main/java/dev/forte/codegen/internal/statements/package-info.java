/**
 * The statements Amplify's {@code graphql-docs-generator} writes, walked from the AppSync schema the same way: every
 * root field becomes a named operation whose selection goes {@code maxDepth} object levels deep, with
 * {@code __typename}; custom types do not count against the depth.
 */
@NullMarked
package dev.forte.codegen.internal.statements;

import org.jspecify.annotations.NullMarked;
