package dev.forte.schema;

/** A reference to a named enum of the schema. */
public record EnumRef(String name) implements FieldType {
    @Override
    public String graphqlName() {
        return name;
    }
}
