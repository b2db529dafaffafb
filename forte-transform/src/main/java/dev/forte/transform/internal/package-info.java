/** The transform's implementation: Amplify's naming rules, the two SDL writers and their shared document model. */
@NullMarked
package dev.forte.transform.internal;

import org.jspecify.annotations.NullMarked;
