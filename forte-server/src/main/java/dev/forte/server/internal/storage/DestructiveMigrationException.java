package dev.forte.server.internal.storage;

import dev.forte.ForteException;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** A schema change would drop or rewrite stored values, and destructive migrations are not allowed. */
public final class DestructiveMigrationException extends ForteException {
    private final List<DataLoss> losses;

    DestructiveMigrationException(List<DataLoss> losses) {
        super(message(losses));
        this.losses = List.copyOf(losses);
    }

    /** Returns each model or field whose stored values the change would lose. */
    public List<DataLoss> losses() {
        return losses;
    }

    private static String message(List<DataLoss> losses) {
        return "The schema change would lose stored data, so nothing was migrated:\n"
                + losses.stream().map(loss -> "  - " + loss.description()).collect(Collectors.joining("\n"))
                + "\nTo keep the data, restore the field (or model, type, identifier) as it was; to drop it, run with"
                + " --allow-destructive-migration (ForteConfig.allowDestructiveMigration).";
    }

    /**
     * What one change would lose.
     *
     * @param field the field, or null when the whole model's items are lost
     * @param lostValues how many stored values (items, for a whole model) would be lost
     * @param change what changed, e.g. {@code was removed}
     */
    public record DataLoss(String model, @Nullable String field, long lostValues, String change) {
        /** Returns e.g. "Model `Todo` field `done` was removed: 3 stored values would be lost." */
        public String description() {
            String subject = field == null ? "Model `" + model + "`" : "Model `" + model + "` field `" + field + "`";
            String unit = field == null ? (lostValues == 1 ? "item" : "items") : (lostValues == 1 ? "value" : "values");
            return subject + " " + change + ": " + lostValues + " stored " + unit + " would be lost.";
        }
    }
}
