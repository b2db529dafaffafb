package dev.forte.schema;

import java.util.List;

/** A named custom type ({@code a.customType(...)}); an inline one is named {@code <Model><Field>}, e.g. {@code PlaceMeta}. */
public record CustomType(String name, List<Field> fields) {
    public CustomType {
        fields = List.copyOf(fields);
    }
}
