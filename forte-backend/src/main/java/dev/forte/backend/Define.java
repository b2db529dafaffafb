package dev.forte.backend;

import dev.forte.data.SchemaException;

/** Amplify's {@code define*} functions, for {@code import static dev.forte.backend.Define.defineData}. */
public final class Define {

    private Define() {}

    /**
     * Returns the data API {@code props} describe, after checking that every model has authorization rules.
     *
     * <pre>{@code
     * var data = defineData(DataProps.of(schema));
     * }</pre>
     *
     * @throws SchemaException if a model has no rules at model or schema level
     */
    public static DataDefinition defineData(DataProps props) {
        return new DataDefinition(props.name(), props.schema().toDataSchema(), props.authorizationModes());
    }
}
