package dev.forte.server.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

class LoopbackOnlyPlainHttpTest {
    private static final InetSocketAddress SERVER = new InetSocketAddress("192.0.2.2", 20002);

    @Test
    void letsPlainHttpThroughFromLoopback() {
        assertThat(LoopbackOnlyPlainHttp.fromThisMachine(new InetSocketAddress("127.0.0.1", 40000), SERVER)).isTrue();
        assertThat(LoopbackOnlyPlainHttp.fromThisMachine(new InetSocketAddress("::1", 40000), SERVER)).isTrue();
    }

    @Test
    void letsPlainHttpThroughFromTheAddressTheServerListensOn() {
        assertThat(LoopbackOnlyPlainHttp.fromThisMachine(new InetSocketAddress("192.0.2.2", 40000), SERVER)).isTrue();
    }

    @Test
    void refusesPlainHttpFromAnotherMachine() {
        assertThat(LoopbackOnlyPlainHttp.fromThisMachine(new InetSocketAddress("192.0.2.9", 40000), SERVER)).isFalse();
    }
}
