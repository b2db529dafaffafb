package dev.forte.server.internal;

import dev.forte.ForteException;
import dev.forte.server.ForteConfig;
import dev.forte.ForteException;
import dev.forte.server.ForteServer;

/** Wires database, storage, execution and HTTP into a running {@link ForteServer}. */
public final class ServerBootstrap {
    private ServerBootstrap() {}

    public static ForteServer start(ForteConfig config) {
        throw new ForteException("not yet implemented");
    }
}
