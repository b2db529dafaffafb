/** Typed Java models (records and enums) for Forte's Java client, generated from a data definition. */
@NullMarked
package dev.forte.codegen.models;

import org.jspecify.annotations.NullMarked;
