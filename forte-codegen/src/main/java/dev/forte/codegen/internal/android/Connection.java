package dev.forte.codegen.internal.android;

import java.util.List;

/**
 * The relationship a model field stands for ({@code @hasMany}, {@code @hasOne}, {@code @belongsTo} with
 * {@code references}).
 *
 * @param connectedModel the model on the other side
 * @param associatedWith for has-many and has-one, the other side's field that points back (its belongs-to field);
 *     empty for belongs-to
 * @param targetNames for belongs-to, the fields holding the other side's key (the references); empty otherwise
 */
record Connection(Kind kind, String connectedModel, String associatedWith, List<String> targetNames) {

    Connection {
        targetNames = List.copyOf(targetNames);
    }

    enum Kind {
        HAS_ONE("HasOne"),
        HAS_MANY("HasMany"),
        BELONGS_TO("BelongsTo");

        private final String annotation;

        Kind(String annotation) {
            this.annotation = annotation;
        }

        String annotation() {
            return annotation;
        }
    }

    /** Returns the first target name, the field a belongs-to is queried by. */
    String targetName() {
        return targetNames.isEmpty() ? "" : targetNames.get(0);
    }

    /** Returns true for a field the model holds as a {@code ModelReference}: belongs-to and has-one. */
    boolean isReference() {
        return kind != Kind.HAS_MANY;
    }
}
