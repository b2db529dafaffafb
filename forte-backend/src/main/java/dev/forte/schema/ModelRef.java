package dev.forte.schema;

/** A reference to a model, which only a custom operation's return type can make ({@code .returns(a.ref("Todo"))}). */
public record ModelRef(String name) implements FieldType {
    @Override
    public String graphqlName() {
        return name;
    }
}
