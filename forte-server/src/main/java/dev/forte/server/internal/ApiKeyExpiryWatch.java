package dev.forte.server.internal;

import dev.forte.server.internal.storage.ApiKey;
import dev.forte.server.internal.storage.ApiKeyStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Warns in the node's log as the API key it announced at start nears its expiry (a week before, for keys that
 * lived longer than that, and a day before), when it expires and when it is deleted, naming the command that
 * extends it. Nothing renews a key by itself: AppSync's do not renew either, and a renewal the operator did not ask
 * for would outlive a rotation they planned.
 */
final class ApiKeyExpiryWatch implements AutoCloseable {
    static final List<Duration> WARN_BEFORE = List.of(Duration.ofDays(7), Duration.ofDays(1));
    private static final Duration CHECK_EVERY = Duration.ofMinutes(10);
    private static final Logger log = LoggerFactory.getLogger(ApiKeyExpiryWatch.class);

    private final ApiKeyStore keys;
    private final String key;
    private final Clock clock;
    /** The time the key had left at the last check; at first, its whole lifetime. */
    private Duration leftBefore;
    private boolean gone;
    private final ScheduledExecutorService schedule = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "forte-api-key-expiry");
        thread.setDaemon(true);
        return thread;
    });

    ApiKeyExpiryWatch(ApiKeyStore keys, ApiKey announced, Clock clock) {
        this.keys = keys;
        this.key = announced.key();
        this.clock = clock;
        this.leftBefore = Duration.between(announced.createdAt(), announced.expiresAt());
    }

    /** Checks now and then every few minutes until closed. */
    static ApiKeyExpiryWatch start(ApiKeyStore keys, ApiKey announced, Clock clock) {
        ApiKeyExpiryWatch watch = new ApiKeyExpiryWatch(keys, announced, clock);
        watch.schedule.scheduleWithFixedDelay(watch::checkAndLog, 0, CHECK_EVERY.toSeconds(), TimeUnit.SECONDS);
        return watch;
    }

    private void checkAndLog() {
        try {
            check().ifPresent(log::warn);
        } catch (RuntimeException e) {
            log.debug("Could not check the API key's expiry: {}", e.getMessage());
        }
    }

    /** Returns the warning due now, if any; each is given once per threshold the key's remaining time crosses. */
    synchronized Optional<String> check() {
        Optional<ApiKey> current = keys.get(key);
        if (current.isEmpty()) {
            boolean first = !gone;
            gone = true;
            return first ? Optional.of(deleted()) : Optional.empty();
        }
        gone = false;
        Instant expires = current.get().expiresAt();
        Duration left = Duration.between(clock.instant(), expires);
        Duration before = leftBefore;
        leftBefore = left;
        if (left.isNegative() || left.isZero()) {
            return before.isNegative() || before.isZero() ? Optional.empty() : Optional.of(expired(expires));
        }
        for (Duration threshold : List.of(WARN_BEFORE.get(1), WARN_BEFORE.get(0))) {
            if (left.compareTo(threshold) <= 0 && before.compareTo(threshold) > 0) {
                return Optional.of(expiresSoon(left, expires));
            }
        }
        return Optional.empty();
    }

    private String expiresSoon(Duration left, Instant expires) {
        return "The API key this node announced, " + key + ", expires in " + describe(left) + " (at " + expires
                + "); clients that send it are refused from then on. " + extend();
    }

    private String expired(Instant expires) {
        return "The API key this node announced, " + key + ", expired at " + expires + ": clients that send it are "
                + "refused. " + extend();
    }

    private String deleted() {
        return "The API key this node announced, " + key + ", was deleted: clients that send it are refused. "
                + "`forte api-key list` shows the keys there are, `forte api-key create` makes another (with the "
                + "node's --db, or --data-dir for its embedded database).";
    }

    private String extend() {
        return "Extend it with `forte api-key update " + key + " --expires-in-days 30` (with the node's --db, or "
                + "--data-dir for its embedded database; up to 365 days): every node accepts it again at once.";
    }

    static String describe(Duration left) {
        long hours = left.toHours();
        if (hours >= 48) {
            return left.toDays() + " days";
        }
        return hours >= 1 ? hours + (hours == 1 ? " hour" : " hours")
                : Math.max(1, left.truncatedTo(ChronoUnit.MINUTES).toMinutes()) + " minutes";
    }

    @Override
    public void close() {
        schedule.shutdownNow();
    }
}
