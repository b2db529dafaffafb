package dev.forte.data.internal;

import dev.forte.data.SchemaException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The type names a schema declares, named entries and inline types alike, with where each came from. */
final class TypeRegistry {

    enum Kind { MODEL, ENUM, CUSTOM_TYPE }

    private record Declared(Kind kind, String origin) {}

    private final Map<String, Declared> types = new LinkedHashMap<>();

    /** Registers {@code name}; {@code origin} describes the declaration for messages, e.g. {@code model `Todo`}. */
    void declare(String name, Kind kind, String origin) {
        GraphqlNames.require(name, "The name of " + origin);
        ReservedNames.requireUnreserved(name, origin);
        Declared earlier = types.putIfAbsent(name, new Declared(kind, origin));
        if (earlier != null) {
            throw new SchemaException("Type name `" + name + "` is declared twice: by " + earlier.origin()
                    + " and by " + origin + ". Rename one of them.");
        }
    }

    Optional<Kind> kindOf(String name) {
        return Optional.ofNullable(types.get(name)).map(Declared::kind);
    }
}
