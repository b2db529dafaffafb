package dev.forte.server.internal.realtime;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The messages waiting for one connection, at most {@code limit} of them, written one at a time: the next write
 * starts when the previous one completes, so a client that stops reading holds back only its own queue. When the
 * queue is full the offer fails and the caller disconnects the client instead of buffering more.
 */
final class OutboundQueue {
    /** Writes one message and calls back exactly once: with null on success or with the failure. */
    interface Writer extends BiConsumer<String, Consumer<@Nullable Throwable>> {}

    private final int limit;
    private final Writer writer;
    private final Deque<String> waiting = new ArrayDeque<>();
    private boolean writing;
    private boolean closed;

    OutboundQueue(int limit, Writer writer) {
        this.limit = limit;
        this.writer = writer;
    }

    /** Queues {@code message}; returns false, queuing nothing, when the queue is full or closed. */
    boolean offer(String message) {
        synchronized (this) {
            if (closed || waiting.size() >= limit) {
                return false;
            }
            if (writing) {
                waiting.add(message);
                return true;
            }
            writing = true;
        }
        write(message);
        return true;
    }

    /** Drops every waiting message and refuses further offers. */
    synchronized void close() {
        closed = true;
        waiting.clear();
    }

    synchronized int size() {
        return waiting.size();
    }

    // A write may complete on the calling thread; the loop keeps such completions from nesting on the stack.
    private void write(String first) {
        String message = first;
        while (message != null) {
            Completion completion = new Completion();
            writer.accept(message, failure -> onWritten(completion, failure));
            synchronized (this) {
                completion.returned = true;
                if (!completion.done) {
                    return;
                }
            }
            message = next(completion.failure);
        }
    }

    private void onWritten(Completion completion, @Nullable Throwable failure) {
        synchronized (this) {
            completion.done = true;
            completion.failure = failure;
            if (!completion.returned) {
                return;
            }
        }
        String next = next(failure);
        if (next != null) {
            write(next);
        }
    }

    private synchronized @Nullable String next(@Nullable Throwable failure) {
        if (failure != null) {
            closed = true;
            waiting.clear();
        }
        String next = closed ? null : waiting.poll();
        writing = next != null;
        return next;
    }

    private static final class Completion {
        boolean returned;
        boolean done;
        @Nullable Throwable failure;
    }
}
