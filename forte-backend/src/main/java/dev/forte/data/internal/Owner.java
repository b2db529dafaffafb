package dev.forte.data.internal;

/** The model or custom type a field belongs to, for naming inline types and for messages. */
record Owner(String kind, String name) {

    static Owner model(String name) {
        return new Owner("Model", name);
    }

    static Owner customType(String name) {
        return new Owner("Custom type", name);
    }

    /** Returns the owner of a custom operation's arguments and return type, named as Amplify names its types. */
    static Owner operation(String name) {
        return new Owner("Custom operation", name);
    }

    boolean isModel() {
        return kind.equals("Model");
    }

    boolean isOperation() {
        return kind.equals("Custom operation");
    }

    /** Returns e.g. {@code Model `Place`}. */
    String describe() {
        return kind + " `" + name + "`";
    }

    /** Returns e.g. {@code Model `Place` field `status`}. */
    String describeField(String field) {
        return describe() + " field `" + field + "`";
    }

    /** Returns Amplify's name for an inline enum or custom type of {@code field}, e.g. {@code PlacePriority}. */
    String inlineTypeName(String field) {
        return GraphqlNames.capitalize(name) + GraphqlNames.capitalize(field);
    }
}
