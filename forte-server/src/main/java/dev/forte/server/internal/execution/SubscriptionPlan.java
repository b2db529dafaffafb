package dev.forte.server.internal.execution;

import dev.forte.server.internal.auth.RequestIdentity;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An accepted subscription: what a {@code start} asked for, who asked, and which committed changes it receives.
 *
 * @param request the subscription document and variables, re-executed against each matching item
 * @param identity the subscriber, authorised again for every delivery
 * @param fieldName the subscription field, e.g. {@code onCreateTodo}
 * @param mutations the mutation fields of its {@code @aws_subscribe}
 * @param arguments the field's arguments other than {@code filter}, as coerced: each non-null one must equal the
 *     same-named field of the item (AppSync's basic filter)
 * @param filters filter inputs ({@code ModelSubscription<Model>FilterInput} maps) that must all match: the
 *     client's {@code filter} argument and any the auth rules add for this subscriber
 */
public record SubscriptionPlan(GraphqlRequest request, RequestIdentity identity, String fieldName,
        List<String> mutations, Map<String, Object> arguments, List<Map<String, @Nullable Object>> filters) {

    public SubscriptionPlan {
        mutations = List.copyOf(mutations);
        arguments = Map.copyOf(arguments);
        filters = List.copyOf(filters);
    }
}
