package dev.forte.server.internal.execution;

import dev.forte.server.internal.auth.RequestIdentity;
import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The filters the auth rules add to one subscriber's subscription, in the form of the subscription's filter input,
 * as Amplify's subscription resolvers do with {@code $extensions.setSubscriptionFilter} (PROTOCOL §5.8): an owner
 * rule adds {@code {"or":[{"owner":{"eq":"<username>"}}]}}, a dynamic group rule {@code {"groups":{"in":[...]}}}.
 * Every filter returned must match an item for it to be delivered, beside the client's own {@code filter}.
 */
@FunctionalInterface
public interface SubscriberFilters {
    /** Adds no filter: the rules of public, private, IAM and static-group access. */
    SubscriberFilters NONE = (identity, environment) -> List.of();

    /**
     * Returns the filters for {@code identity} subscribing with the field of {@code environment}.
     *
     * @throws ResolverException with errorType {@code Unauthorized} to refuse the subscription
     */
    List<Map<String, @Nullable Object>> filtersFor(RequestIdentity identity, DataFetchingEnvironment environment);
}
