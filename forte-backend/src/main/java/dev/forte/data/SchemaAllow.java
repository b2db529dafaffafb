package dev.forte.data;


/**
 * The {@code allow} of the schema's {@code .authorization(allow -> List.of(...))}: every model rule, and
 * {@link #resource}, which only the schema level has.
 */
public final class SchemaAllow extends ModelAllow {

    SchemaAllow() {}

    /**
     * Returns {@code allow.resource(fn)}: {@code function} may run queries, mutations and subscriptions on every
     * model, whatever the model's rules; {@code .to(...)} narrows it.
     *
     * <pre>{@code
     * .authorization(allow -> List.of(allow.publicApiKey(), allow.resource(dataAccess).to(QUERY, MUTATE)))
     * }</pre>
     */
    public ResourceAuthorization resource(FunctionResource function) {
        return new ResourceAuthorization(function);
    }
}
