package dev.forte.schema;

import java.util.List;

/** A named enum ({@code a.enumOf(...)}); an inline enum is named {@code <Model><Field>}, e.g. {@code PlacePriority}. */
public record EnumType(String name, List<String> values) {
    public EnumType {
        values = List.copyOf(values);
    }
}
