package dev.forte.server.internal.execution;

import dev.forte.server.internal.auth.RequestIdentity;
import dev.forte.transform.OperationBinding;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The resolver of a subscription field ({@code onCreateTodo}), run in two ways. At {@code start} (a {@link Setup}
 * in the context) it records the field, its arguments and the subscriber's filters and resolves to null; at
 * delivery (a {@link Delivery} in the context) it resolves to the changed item, which graphql-java then shapes to
 * the selection set exactly as a query would.
 */
final class SubscriptionRootFetcher implements DataFetcher<@Nullable Object> {
    static final String FILTER_ARGUMENT = "filter";

    private final OperationBinding binding;
    private final SubscriberFilters subscriberFilters;

    SubscriptionRootFetcher(OperationBinding binding, SubscriberFilters subscriberFilters) {
        this.binding = binding;
        this.subscriberFilters = subscriberFilters;
    }

    @Override
    public @Nullable Object get(DataFetchingEnvironment environment) {
        Delivery delivery = environment.getGraphQlContext().get(Delivery.class);
        if (delivery != null) {
            return delivery.item();
        }
        Setup setup = environment.getGraphQlContext().get(Setup.class);
        if (setup != null) {
            setup.record(binding, environment, subscriberFilters);
        }
        return null;
    }

    /** The item being delivered. */
    record Delivery(Map<String, @Nullable Object> item) {}

    /** Collects what a {@code start} asked for; one per start, on the thread that executes it. */
    static final class Setup {
        private @Nullable String fieldName;
        private List<String> mutations = List.of();
        private Map<String, Object> arguments = Map.of();
        private final List<Map<String, @Nullable Object>> filters = new ArrayList<>();

        void record(OperationBinding binding, DataFetchingEnvironment environment, SubscriberFilters rules) {
            RequestIdentity identity = environment.getGraphQlContext().get(RequestIdentity.class);
            Map<String, Object> basic = new LinkedHashMap<>();
            environment.getArguments().forEach((name, value) -> {
                if (value != null && !name.equals(FILTER_ARGUMENT)) {
                    basic.put(name, value);
                }
            });
            List<Map<String, @Nullable Object>> ruleFilters = rules.filtersFor(identity, environment);
            Map<String, @Nullable Object> clientFilter = environment.getArgument(FILTER_ARGUMENT);
            if (clientFilter != null && !clientFilter.isEmpty()) {
                filters.add(clientFilter);
            }
            filters.addAll(ruleFilters);
            arguments = basic;
            mutations = binding.subscribedMutations();
            fieldName = binding.fieldName();
        }

        @Nullable SubscriptionPlan plan(GraphqlRequest request, RequestIdentity identity) {
            return fieldName == null ? null
                    : new SubscriptionPlan(request, identity, fieldName, mutations, arguments, filters);
        }
    }
}
