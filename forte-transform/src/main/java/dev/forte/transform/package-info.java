/**
 * The transform from Forte's schema model to what Amplify's transformer emits: the directive SDL and the AppSync
 * schema, plus the binding of each generated root field to its model operation.
 */
@NullMarked
package dev.forte.transform;

import org.jspecify.annotations.NullMarked;
