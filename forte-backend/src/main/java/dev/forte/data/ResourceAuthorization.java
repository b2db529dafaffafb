package dev.forte.data;

import dev.forte.schema.ResourceGrant;
import dev.forte.schema.ResourceOperation;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A function's access to the data API, from {@code allow.resource(fn)} on the schema object: Query, Mutation
 * and Subscription operations on every model unless {@link #to} narrows it. It is not an {@code @auth} rule and
 * leaves no trace in the SDL; model and field rules do not apply to the function.
 */
public final class ResourceAuthorization implements SchemaAuthorization {
    private final ResourceGrant grant;
    private final boolean narrowed;

    ResourceAuthorization(FunctionResource function) {
        this(new ResourceGrant(function.name(), EnumSet.allOf(ResourceOperation.class)), false);
    }

    private ResourceAuthorization(ResourceGrant grant, boolean narrowed) {
        this.grant = grant;
        this.narrowed = narrowed;
    }

    /**
     * Returns this grant limited to {@code operations}, e.g. {@code allow.resource(fn).to(QUERY, MUTATE)}:
     * Amplify's {@code .to(['query', 'mutate'])}. Can be used once per grant.
     */
    public ResourceAuthorization to(ResourceOperation... operations) {
        if (narrowed) {
            throw new SchemaException("`.to(...)` is already set on the grant to function `" + grant.functionName()
                    + "` (" + grant.operations() + "). Call it once with every operation the function needs.");
        }
        if (operations.length == 0) {
            throw new SchemaException("`allow.resource(" + grant.functionName() + ").to()` needs at least one"
                    + " operation, e.g. `.to(ResourceOperation.QUERY)`; leave it out to grant QUERY, MUTATE and"
                    + " LISTEN.");
        }
        return new ResourceAuthorization(new ResourceGrant(grant.functionName(), Set.of(operations)), true);
    }

    ResourceGrant grant() {
        return grant;
    }

    static boolean anyIn(List<?> rules) {
        return rules.stream().anyMatch(ResourceAuthorization.class::isInstance);
    }
}
