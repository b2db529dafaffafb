package dev.forte.server.internal.tls;

import dev.forte.ForteException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a server's certificate chain and key files and hands a renewed pair to the server once it is checked, so
 * a certificate renewed in place (certbot every 60 to 90 days, a mounted secret) is served without a restart. The
 * files are read every {@link #CHECK_EVERY} (following symbolic links, as certbot's {@code live/} and Kubernetes'
 * secret volumes swap them); a change is acted on once both files read the same twice in a row, since a renewal
 * writes one file and then the other. A pair that does not check out (a key that is not the certificate's, an
 * expired certificate, a file missing or unreadable) is reported once, naming the file and the fix, and the
 * previous certificate keeps serving. When the served certificate comes within {@link #WARN_BEFORE} of its expiry
 * with no renewal written, that is said once too.
 */
public final class CertificateWatch implements AutoCloseable {
    /** How often the files are read; a renewal is served within two of these. */
    public static final Duration CHECK_EVERY = Duration.ofSeconds(2);
    /** How long before the served certificate expires the watch says it was not renewed. */
    public static final Duration WARN_BEFORE = Duration.ofDays(7);
    private static final Logger log = LoggerFactory.getLogger(CertificateWatch.class);

    private final Path chainFile;
    private final Path keyFile;
    private final Clock clock;
    private final Consumer<CertificateFiles.Checked> install;
    private final Consumer<String> problems;
    private final Consumer<String> warnings;
    private final ScheduledExecutorService schedule = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "forte-certificate-watch");
        thread.setDaemon(true);
        return thread;
    });
    /** What the files held when the served pair was read, or when a pair was last reported broken. */
    private byte[] settled;
    private byte @Nullable [] seenOnce;
    private Instant servedUntil;
    private boolean warnedOfExpiry;

    CertificateWatch(Path chainFile, Path keyFile, Instant servedUntil, Clock clock,
            Consumer<CertificateFiles.Checked> install, Consumer<String> problems, Consumer<String> warnings) {
        this.chainFile = chainFile;
        this.keyFile = keyFile;
        this.servedUntil = servedUntil;
        this.clock = clock;
        this.install = install;
        this.problems = problems;
        this.warnings = warnings;
        this.settled = fingerprint();
    }

    /**
     * Starts watching the files the server was started with, calling {@code install} with each renewed pair that
     * checks out; problems are logged as errors.
     */
    public static CertificateWatch start(Path chainFile, Path keyFile, Instant servedUntil,
            Consumer<CertificateFiles.Checked> install) {
        CertificateWatch watch = new CertificateWatch(chainFile, keyFile, servedUntil, Clock.systemUTC(), install,
                log::error, log::warn);
        long every = CHECK_EVERY.toMillis();
        watch.schedule.scheduleWithFixedDelay(watch::checkSafely, every, every, TimeUnit.MILLISECONDS);
        return watch;
    }

    private void checkSafely() {
        try {
            check();
        } catch (RuntimeException e) {
            log.error("Checking the TLS certificate files {} and {} failed", chainFile, keyFile, e);
        }
    }

    /** Reads the files once: installs a changed pair that read the same last time, or reports why it cannot. */
    synchronized void check() {
        readFiles();
        Duration left = Duration.between(clock.instant(), servedUntil);
        if (!warnedOfExpiry && left.compareTo(WARN_BEFORE) <= 0) {
            warnedOfExpiry = true;
            String when = left.isNegative() ? "expired at " + servedUntil : "expires at " + servedUntil + " (in "
                    + (left.toHours() >= 48 ? left.toDays() + " days)" : left.toHours() + " hours)");
            warnings.accept("The TLS certificate served from " + chainFile + " " + when + " and no renewed pair has "
                    + "been written: renew it (e.g. `certbot renew`) into " + chainFile + " and " + keyFile + "; the "
                    + "node serves it without a restart.");
        }
    }

    private void readFiles() {
        byte[] now = fingerprint();
        if (Arrays.equals(now, settled)) {
            seenOnce = null;
            return;
        }
        if (seenOnce == null || !Arrays.equals(now, seenOnce)) {
            seenOnce = now;
            return;
        }
        seenOnce = null;
        settled = now;
        try {
            CertificateFiles.Checked pair = CertificateFiles.read(chainFile, keyFile, clock);
            install.accept(pair);
            servedUntil = pair.chain().get(0).getNotAfter().toInstant();
            warnedOfExpiry = false;
            log.info("Serving the renewed TLS certificate of {} ({}, valid until {}) to new connections; open "
                    + "connections keep the previous one.", chainFile, CertificateFiles.describe(pair.chain().get(0)),
                    pair.chain().get(0).getNotAfter().toInstant());
        } catch (ForteException e) {
            problems.accept("The TLS certificate files changed but cannot be served: " + e.getMessage()
                    + " The node keeps serving the previous certificate until the files are fixed.");
        }
    }

    /** Returns a digest of both files' contents; a file that cannot be read counts as its error. */
    private byte[] fingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : new Path[] {chainFile, keyFile}) {
                digest.update(contents(file));
                digest.update((byte) 0);
            }
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static byte[] contents(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            return ("unreadable: " + e).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() {
        schedule.shutdownNow();
    }
}
