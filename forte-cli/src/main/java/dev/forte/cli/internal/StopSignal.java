package dev.forte.cli.internal;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Tells a running sandbox when to stop: on Ctrl-C / SIGTERM for the real CLI, on demand in tests. */
public abstract class StopSignal {
    private final CountDownLatch requested = new CountDownLatch(1);

    /** Returns a signal raised when the JVM begins to shut down (Ctrl-C, SIGTERM, SIGHUP). */
    public static StopSignal onJvmShutdown() {
        return new JvmShutdown();
    }

    /** Returns a signal raised only by {@link #request()}. */
    public static StopSignal manual() {
        return new StopSignal() {};
    }

    /** Asks the sandbox to stop. */
    public void request() {
        requested.countDown();
    }

    /** Blocks until a stop is requested. */
    public void await() throws InterruptedException {
        requested.await();
    }

    /** Says the sandbox has closed everything; called once, after {@link #await()} returned. */
    public void stopped() {}

    private static final class JvmShutdown extends StopSignal {
        private final CountDownLatch stopped = new CountDownLatch(1);

        @Override
        public void await() throws InterruptedException {
            Runtime.getRuntime().addShutdownHook(new Thread(this::stopFromHook, "forte-stop"));
            super.await();
        }

        @Override
        public void stopped() {
            stopped.countDown();
        }

        private void stopFromHook() {
            request();
            try {
                stopped.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            // A signal-initiated exit reports 128+signal; the sandbox closed cleanly, so report success instead.
            Runtime.getRuntime().halt(0);
        }
    }
}
