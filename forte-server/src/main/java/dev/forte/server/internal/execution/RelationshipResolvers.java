package dev.forte.server.internal.execution;

import dev.forte.ForteException;
import dev.forte.schema.AuthOperation;
import dev.forte.schema.DataSchema;
import dev.forte.schema.Model;
import dev.forte.schema.RelationshipKind;
import dev.forte.server.internal.auth.AccessDecision;
import dev.forte.server.internal.auth.ModelRules;
import dev.forte.server.internal.auth.RoleMatrix;
import dev.forte.server.internal.storage.ListQuery;
import dev.forte.server.internal.storage.ModelStore;
import dev.forte.server.internal.storage.Page;
import dev.forte.transform.OperationBinding;
import dev.forte.transform.OperationKind;
import dev.forte.transform.RelationshipBinding;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * The resolvers of relationship fields, as Amplify's relational transformer writes them for reference-based
 * relationships. A {@code hasMany} field ({@code Post.comments}) queries the child's relationship index
 * ({@code gsi-Post.comments}) by the parent's identifier, with the field's {@code filter}, {@code sortDirection},
 * {@code limit} and {@code nextToken}; a {@code hasOne} field ({@code User.profile}) is the first child the index
 * holds; a {@code belongsTo} field ({@code Comment.post}) gets the parent by the child's reference fields, and is
 * null while one of them is. The parents, first pages and first children that one level of the response asks for
 * are read together ({@link BatchedReads}), each page exactly as it would be read alone. The related model's rules
 * apply as they do to its own queries (a denial is {@code Unauthorized} on the field, owner rules narrow what a list
 * returns), and a relationship field with a field check (its own rules, or its model's when a field's rules add a
 * role) is checked first (a caller it refuses gets null with {@code Unauthorized}, as AppSync's field auth function
 * answers with {@code $util.unauthorized()}). Inside a mutation's result such a field reads as empty after the related
 * model's check, and so does a field without a check whose model's readers and the related model's differ
 * ({@link RoleMatrix#redactsRelationship}). In real-time deliveries relationship fields are null, as in AppSync, where
 * a subscription carries what the mutation returned and Amplify's clients select no relationships in mutations.
 */
final class RelationshipResolvers {
    private final ModelStore store;
    private final BatchedReads reads;
    private final DataSchema schema;

    RelationshipResolvers(ModelStore store, BatchedReads reads, DataSchema schema) {
        this.store = store;
        this.reads = reads;
        this.schema = schema;
    }

    /** Binds the resolver of every relationship field. */
    void wire(List<RelationshipBinding> bindings, RuntimeWiring.Builder wiring) {
        for (RelationshipBinding binding : bindings) {
            Model model = model(binding.typeName());
            DataFetcher<?> resolver = switch (binding.kind()) {
                case HAS_MANY -> children(binding);
                case HAS_ONE -> firstChild(binding);
                case BELONGS_TO -> parent(binding);
            };
            RoleMatrix matrix = ModelPolicy.of(schema, model).matrix();
            DataFetcher<?> inMutationResults = emptyAfterRelatedCheck(binding);
            Optional<ModelRules> check = matrix.fieldCheck(binding.fieldName());
            DataFetcher<?> fetcher = check.isPresent()
                    ? ModelFieldReads.checked(model, resolver, inMutationResults, check.get(), binding.fieldName())
                    : redacted(model, binding, matrix)
                            ? ModelFieldReads.emptyInMutationResults(model, resolver, inMutationResults)
                            : resolver;
            wiring.type(model.name(), type -> type.dataFetcher(binding.fieldName(), outsideDeliveries(fetcher)));
        }
    }

    /**
     * Returns whether a relationship field without a check of its own is emptied inside mutation results
     * ({@code redactRelationalField}): its readers and the related model's overlap on a provider but differ.
     */
    private boolean redacted(Model model, RelationshipBinding binding, RoleMatrix matrix) {
        return matrix.redactsRelationship(binding.fieldName(),
                ModelPolicy.of(schema, model(binding.relatedModel())).matrix());
    }

    /**
     * What AppSync's relationship resolvers answer inside a mutation's result when {@code deniedField} is set: the
     * related model's auth check still runs (a refused caller gets {@code Unauthorized}), then the field is empty
     * without reading.
     */
    private DataFetcher<?> emptyAfterRelatedCheck(RelationshipBinding binding) {
        boolean parent = binding.kind() == RelationshipKind.BELONGS_TO;
        RecordAccess access = relatedAccess(binding, parent ? OperationKind.GET : OperationKind.INDEX_QUERY);
        return environment -> {
            access.require(environment, parent ? AuthOperation.GET : AuthOperation.LIST);
            return empty(binding);
        };
    }

    private RecordAccess relatedAccess(RelationshipBinding binding, OperationKind kind) {
        Model related = model(binding.relatedModel());
        boolean parent = kind == OperationKind.GET;
        return new RecordAccess(ModelPolicy.of(schema, related), new OperationBinding(binding.typeName(),
                binding.fieldName(), related.name(), kind, parent ? null : binding.indexName(),
                parent ? binding.parentKeyFields() : binding.referenceFields(), null, List.of()));
    }

    private Model model(String name) {
        return schema.model(name).orElseThrow(() -> new ForteException("The transform bound a relationship of `"
                + name + "`, which the schema does not declare."));
    }

    private DataFetcher<?> children(RelationshipBinding binding) {
        ChildQuery children = new ChildQuery(binding);
        return environment -> {
            Optional<List<Object>> key = values(environment.getSource(), binding.parentKeyFields());
            if (key.isEmpty()) {
                return QueryResolvers.connection(new Page(List.of(), null));
            }
            Map<String, @Nullable Object> arguments = environment.getArguments();
            return children.page(environment, key.get(), arguments.get("filter"),
                    QueryResolvers.limit(arguments.get("limit")), (String) arguments.get("nextToken"),
                    "DESC".equals(arguments.get("sortDirection"))).thenApply(QueryResolvers::connection);
        };
    }

    private DataFetcher<?> firstChild(RelationshipBinding binding) {
        ChildQuery children = new ChildQuery(binding);
        return environment -> {
            Optional<List<Object>> key = values(environment.getSource(), binding.parentKeyFields());
            if (key.isEmpty()) {
                return null;
            }
            return children.page(environment, key.get(), null, 1, null, false)
                    .thenApply(page -> page.items().isEmpty() ? null : page.items().get(0));
        };
    }

    private DataFetcher<?> parent(RelationshipBinding binding) {
        Model parent = model(binding.relatedModel());
        RecordAccess access = relatedAccess(binding, OperationKind.GET);
        return environment -> {
            Optional<List<Object>> references = values(environment.getSource(), binding.referenceFields());
            if (references.isEmpty()) {
                return null;
            }
            AccessDecision decision = access.require(environment, AuthOperation.GET);
            Map<String, Object> key = new LinkedHashMap<>();
            for (int i = 0; i < binding.parentKeyFields().size(); i++) {
                key.put(binding.parentKeyFields().get(i), references.get().get(i));
            }
            return reads.record(environment, parent.name(), key).thenApply(record -> {
                if (record != null) {
                    access.requirePermits(decision, record);
                }
                return record;
            });
        };
    }

    /** Returns the values of {@code fields} in {@code source}, in order; empty when one of them is missing. */
    private static Optional<List<Object>> values(@Nullable Map<String, ?> source, List<String> fields) {
        if (source == null) {
            return Optional.empty();
        }
        List<Object> values = new ArrayList<>();
        for (String field : fields) {
            Object value = source.get(field);
            if (value == null) {
                return Optional.empty();
            }
            values.add(value);
        }
        return Optional.of(values);
    }

    /** What a relationship field reads as where AppSync leaves it empty: no items, or null. */
    private static @Nullable Object empty(RelationshipBinding binding) {
        return binding.kind() == RelationshipKind.HAS_MANY ? QueryResolvers.connection(new Page(List.of(), null)) : null;
    }

    /** Relationship fields resolve for queries and mutations; a real-time delivery leaves them null. */
    private static DataFetcher<?> outsideDeliveries(DataFetcher<?> resolver) {
        return environment -> environment.getGraphQlContext().hasKey(SubscriptionRootFetcher.Delivery.class)
                ? null : resolver.get(environment);
    }

    /** A query of one parent's children through the relationship's index, under the child model's rules. */
    private final class ChildQuery {
        private final RelationshipBinding binding;
        private final String index;
        private final RecordAccess access;

        ChildQuery(RelationshipBinding binding) {
            this.binding = binding;
            this.index = Objects.requireNonNull(binding.indexName(), "a parent's relationship has an index");
            this.access = relatedAccess(binding, OperationKind.INDEX_QUERY);
        }

        /**
         * Returns the page of one parent's children. First pages are read with the other parents' of the same level;
         * a later page is read alone, so that a {@code nextToken} that does not fit fails only its own field.
         */
        @SuppressWarnings("unchecked")
        CompletableFuture<Page> page(DataFetchingEnvironment environment, List<Object> parentKey,
                @Nullable Object filter, int limit, @Nullable String nextToken, boolean descending) {
            AccessDecision decision = access.require(environment, AuthOperation.LIST);
            ListQuery query = new ListQuery(binding.relatedModel(), index, parentKey.get(0),
                    sortKeyCondition(parentKey), RecordAccess.narrowed(decision, (Map<String, Object>) filter), limit,
                    nextToken, descending);
            return nextToken == null ? reads.page(environment, query)
                    : CompletableFuture.completedFuture(QueryResolvers.page(store, query));
        }

        /** The references after the first are the index's sort key: all of them must equal the parent's values. */
        private @Nullable Map<String, Object> sortKeyCondition(List<Object> parentKey) {
            List<String> references = binding.referenceFields();
            if (references.size() == 1) {
                return null;
            }
            if (references.size() == 2) {
                return Map.of("eq", parentKey.get(1));
            }
            Map<String, Object> parts = new LinkedHashMap<>();
            for (int i = 1; i < references.size(); i++) {
                parts.put(references.get(i), parentKey.get(i));
            }
            return Map.of("eq", parts);
        }
    }
}
