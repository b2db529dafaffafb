package dev.forte.server.internal.execution;

import dev.forte.server.internal.auth.AccessDecision;
import dev.forte.server.internal.auth.ModelRules;
import dev.forte.server.internal.auth.RequestIdentity;
import dev.forte.transform.OperationBinding;
import graphql.schema.DataFetchingEnvironment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The auth filters of a model's subscriptions ({@code Subscription.onCreateTodo.auth.1.req.vtl}): a caller the
 * rules do not admit is refused with {@code Unauthorized}; an owner or dynamic-group rule adds the filter that
 * delivers only the caller's records. Events are matched against the stored item, so the filter compares stored
 * owner values ({@code <sub>::<username>}, {@code <sub>} or {@code <username>}), which selects the same events as
 * AppSync's {@code {"owner":{"eq":"<username>"}}} on the read value.
 */
final class ModelSubscriberFilters implements SubscriberFilters {
    private final ModelRules rules;
    private final OperationBinding binding;
    private final SubscriberFilters others;

    ModelSubscriberFilters(ModelRules rules, OperationBinding binding, SubscriberFilters others) {
        this.rules = rules;
        this.binding = binding;
        this.others = others;
    }

    @Override
    public List<Map<String, @Nullable Object>> filtersFor(RequestIdentity identity,
            DataFetchingEnvironment environment) {
        AccessDecision decision = rules.decideSubscription(identity, environment.getArguments());
        if (decision instanceof AccessDecision.Denied) {
            throw new ResolverException("Unauthorized",
                    "Not Authorized to access " + binding.fieldName() + " on type " + binding.rootType());
        }
        List<Map<String, @Nullable Object>> filters = new ArrayList<>(others.filtersFor(identity, environment));
        if (decision instanceof AccessDecision.Conditional conditional) {
            filters.add(Map.copyOf(conditional.filter()));
        }
        return filters;
    }
}
