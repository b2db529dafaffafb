package dev.forte.server.internal.auth;

/**
 * Who signs an IAM (SigV4) request with credentials Forte issued: a backend function (a plain IAM principal) or a
 * caller of the identity pool, a guest or a signed-in user.
 */
public sealed interface IamPrincipal permits FunctionPrincipal, IdentityPoolPrincipal {}
