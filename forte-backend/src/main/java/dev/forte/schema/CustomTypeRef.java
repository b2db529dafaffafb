package dev.forte.schema;

/** A reference to a named custom (non-model) type of the schema. */
public record CustomTypeRef(String name) implements FieldType {
    @Override
    public String graphqlName() {
        return name;
    }
}
