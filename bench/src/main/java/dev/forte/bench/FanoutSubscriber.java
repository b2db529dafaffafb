package dev.forte.bench;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientHandshakerFactory;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler.ClientHandshakeStateEvent;
import io.netty.handler.codec.http.websocketx.WebSocketVersion;
import io.netty.handler.ssl.SslContext;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One fan-out connection (Netty: TLS, HTTP upgrade and WebSocket frames decoded on the event loop that reads the
 * socket): answers the protocol's handshake messages it is waiting for and timestamps every message that names a
 * published one.
 */
final class FanoutSubscriber extends SimpleChannelInboundHandler<TextWebSocketFrame> {
    private static final int MAX_MESSAGE_BYTES = 1 << 20;

    /** Receives the number of a published message and when it arrived. */
    @FunctionalInterface
    interface Delivery {
        void delivered(int message, long nanoTime);
    }

    private final Delivery delivery;
    private final CompletableFuture<Void> upgraded = new CompletableFuture<>();
    private volatile CompletableFuture<Void> awaited = new CompletableFuture<>();
    private volatile String awaitedType = "";
    private volatile Channel channel;

    private FanoutSubscriber(Delivery delivery) {
        this.delivery = delivery;
    }

    static FanoutSubscriber open(EventLoopGroup loops, SslContext tls, URI uri, List<String> subprotocols,
            Delivery delivery) {
        FanoutSubscriber subscriber = new FanoutSubscriber(delivery);
        WebSocketClientProtocolHandler webSocket = new WebSocketClientProtocolHandler(WebSocketClientHandshakerFactory
                .newHandshaker(uri, WebSocketVersion.V13, String.join(",", subprotocols), false,
                        new DefaultHttpHeaders(), MAX_MESSAGE_BYTES));
        Bootstrap bootstrap = new Bootstrap().group(loops).channel(NioSocketChannel.class)
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        if (uri.getScheme().equals("wss")) {
                            channel.pipeline().addLast(tls.newHandler(channel.alloc(), uri.getHost(), uri.getPort()));
                        }
                        channel.pipeline().addLast(new HttpClientCodec(), new HttpObjectAggregator(MAX_MESSAGE_BYTES),
                                webSocket, subscriber);
                    }
                });
        try {
            subscriber.channel = bootstrap.connect(uri.getHost(), uri.getPort()).sync().channel();
            subscriber.upgraded.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new BenchFailure("Could not open a WebSocket to " + uri + ": " + e, e);
        }
        return subscriber;
    }

    /** Sends {@code text}, then waits for a message of {@code type} ({@code connection_ack}, {@code start_ack}). */
    void sendAndAwait(String text, String type, Duration timeout) {
        CompletableFuture<Void> answer = new CompletableFuture<>();
        awaitedType = "\"type\":\"" + type + "\"";
        awaited = answer;
        channel.writeAndFlush(new TextWebSocketFrame(text));
        try {
            answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new BenchFailure("No " + type + " within " + timeout.toSeconds() + " s: " + e, e);
        }
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext context, Object event) {
        if (event == ClientHandshakeStateEvent.HANDSHAKE_COMPLETE) {
            upgraded.complete(null);
        } else if (event == ClientHandshakeStateEvent.HANDSHAKE_TIMEOUT) {
            upgraded.completeExceptionally(new BenchFailure("the WebSocket upgrade timed out"));
        }
        context.fireUserEventTriggered(event);
    }

    @Override
    protected void channelRead0(ChannelHandlerContext context, TextWebSocketFrame frame) {
        long now = System.nanoTime();
        String message = frame.text();
        int number = FanoutBench.messageNumber(message);
        if (number >= 0) {
            delivery.delivered(number, now);
        } else if (message.contains(awaitedType)) {
            awaited.complete(null);
        } else if (message.contains("\"type\":\"connection_error\"") || message.contains("\"type\":\"error\"")) {
            awaited.completeExceptionally(new BenchFailure("the server answered " + message));
        }
    }

    /** A failure ends the connection; its missing deliveries are counted as errors. */
    @Override
    public void exceptionCaught(ChannelHandlerContext context, Throwable cause) {
        upgraded.completeExceptionally(cause);
        awaited.completeExceptionally(cause);
        context.close();
    }

    boolean isOpen() {
        return channel.isActive();
    }

    void close() {
        channel.close();
    }
}
