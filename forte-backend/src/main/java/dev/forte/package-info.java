/** Forte's root exception, shared by every module. */
@NullMarked
package dev.forte;

import org.jspecify.annotations.NullMarked;
