/**
 * The temporary IAM credentials Forte issues to the functions a schema grants data access ({@code
 * allow.resource(fn)}), kept in the database so every API node verifies them.
 */
@NullMarked
package dev.forte.server.internal.credentials;

import org.jspecify.annotations.NullMarked;
