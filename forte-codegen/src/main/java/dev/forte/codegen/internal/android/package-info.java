/**
 * Writes Amplify Android's model classes from the Amplify directive SDL, laid out byte for byte as Amplify's model
 * generator ({@code @aws-amplify/appsync-modelgen-plugin}, target {@code java}) writes them.
 */
@NullMarked
package dev.forte.codegen.internal.android;

import org.jspecify.annotations.NullMarked;
