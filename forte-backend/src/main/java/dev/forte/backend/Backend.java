package dev.forte.backend;

/** A defined backend: its data API. Functions join it in a later release. */
public record Backend(DataDefinition data) {

    /** Returns a backend serving {@code data}. */
    public static Backend of(DataDefinition data) {
        return new Backend(data);
    }
}
