/**
 * Verification of AWS Signature Version 4 (IAM auth mode): {@link dev.forte.server.internal.auth.sigv4.SigV4Verifier}
 * rebuilds the canonical request exactly as the Amplify clients sign it (PROTOCOL §3, §4.5) and answers with a
 * {@link dev.forte.server.internal.auth.sigv4.SigV4Result} that the HTTP and WebSocket layers turn into AppSync's
 * error responses.
 */
@NullMarked
package dev.forte.server.internal.auth.sigv4;

import org.jspecify.annotations.NullMarked;
