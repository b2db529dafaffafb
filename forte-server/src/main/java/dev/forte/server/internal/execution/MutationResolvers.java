package dev.forte.server.internal.execution;

import dev.forte.schema.AuthOperation;
import dev.forte.schema.Model;
import dev.forte.server.internal.auth.AccessDecision;
import dev.forte.server.internal.events.ChangeFeed;
import dev.forte.server.internal.events.ModelChange;
import dev.forte.server.internal.storage.ConditionFailedException;
import dev.forte.server.internal.storage.ModelStore;
import dev.forte.server.internal.storage.WrittenItem;
import dev.forte.transform.OperationBinding;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The resolvers of {@code createTodo}, {@code updateTodo} and {@code deleteTodo}, following Amplify's templates
 * ({@code Mutation.createTodo.init.1.req.vtl}, {@code Mutation.createTodo.req.vtl}, ...): create fills
 * {@code id}, {@code createdAt}, {@code updatedAt} and defaults; update refreshes {@code updatedAt} and removes
 * explicit nulls; both check the fields' {@code .validate(...)} rules last, before writing
 * ({@link ModelValidations}); delete returns the old item; a failed condition is DynamoDB's
 * ConditionalCheckFailedException.
 * Each committed write is published to the {@link ChangeFeed} once the store has returned (so after the commit),
 * which queues it without waiting for the database.
 */
final class MutationResolvers {
    private static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final ModelStore store;
    private final ChangeFeed changes;
    private final Clock clock;
    private final List<OperationBinding> bindings;

    MutationResolvers(ModelStore store, ChangeFeed changes, Clock clock, List<OperationBinding> bindings) {
        this.store = store;
        this.changes = changes;
        this.clock = clock;
        this.bindings = List.copyOf(bindings);
    }

    DataFetcher<?> create(OperationBinding binding, Model model, ModelPolicy policy) {
        Map<String, Object> defaults = ItemDefaults.of(model);
        CompositeSortKeys compositeKeys = CompositeSortKeys.of(model, bindings);
        ModelValidations validations = ModelValidations.of(model);
        RecordAccess access = new RecordAccess(policy, binding);
        return environment -> {
            AccessDecision decision = access.require(environment, AuthOperation.CREATE);
            Map<String, @Nullable Object> input = environment.getArgument("input");
            Map<String, Object> item = new LinkedHashMap<>(defaults);
            if (model.hasDefaultIdentifier()) {
                item.put(Model.DEFAULT_IDENTIFIER, UUID.randomUUID().toString());
            }
            String now = now();
            item.put("createdAt", now);
            item.put("updatedAt", now);
            input.forEach((field, value) -> {
                if (value != null) {
                    item.put(field, value);
                }
            });
            access.stampOwners(environment, item, input);
            access.requirePermits(decision, item);
            access.requireFieldWrites(environment, AuthOperation.CREATE, input, () -> Optional.of(item));
            compositeKeys.requireComplete(item, "creating");
            validations.require(item);
            return publish(binding, model,
                    () -> store.create(binding.model(), item, environment.getArgument("condition")));
        };
    }

    DataFetcher<?> update(OperationBinding binding, Model model, ModelPolicy policy) {
        CompositeSortKeys compositeKeys = CompositeSortKeys.of(model, bindings);
        ModelValidations validations = ModelValidations.of(model);
        RecordAccess access = new RecordAccess(policy, binding);
        return environment -> {
            AccessDecision decision = access.require(environment, AuthOperation.UPDATE);
            Map<String, @Nullable Object> input = environment.getArgument("input");
            Map<String, Object> key = QueryResolvers.keyOf(binding, input);
            Supplier<Optional<Map<String, Object>>> stored = readOnce(binding, key);
            access.requireExistingPermitted(decision, stored);
            access.requireFieldWrites(environment, AuthOperation.UPDATE, input, stored);
            Map<String, @Nullable Object> fields = new LinkedHashMap<>();
            fields.put("updatedAt", now());
            fields.putAll(input);
            compositeKeys.requireComplete(fields, "updating");
            validations.require(input);
            return publish(binding, model, () -> store.update(binding.model(), fields, writeCondition(decision,
                    environment)));
        };
    }

    DataFetcher<?> delete(OperationBinding binding, Model model, ModelPolicy policy) {
        RecordAccess access = new RecordAccess(policy, binding);
        return environment -> {
            AccessDecision decision = access.require(environment, AuthOperation.DELETE);
            Map<String, Object> key = QueryResolvers.keyOf(binding, environment.getArgument("input"));
            access.requireExistingPermitted(decision, readOnce(binding, key));
            return publish(binding, model,
                    () -> store.delete(binding.model(), key, writeCondition(decision, environment)));
        };
    }

    /** Reads the stored item of {@code key} when first asked, and answers later asks from that read. */
    private Supplier<Optional<Map<String, Object>>> readOnce(OperationBinding binding, Map<String, Object> key) {
        AtomicReference<Optional<Map<String, Object>>> read = new AtomicReference<>();
        return () -> {
            if (read.get() == null) {
                read.set(store.get(binding.model(), key));
            }
            return read.get();
        };
    }

    /**
     * The caller's {@code condition} and, for a caller whose access depends on the stored item (an owner), the same
     * rule again: checked in the write's own {@code WHERE}, so an owner changed by a concurrent write between the
     * check above and this write refuses it (ConditionalCheckFailedException), as Amplify's condition expression does.
     */
    private static @Nullable Map<String, Object> writeCondition(AccessDecision decision,
            DataFetchingEnvironment environment) {
        return RecordAccess.narrowed(decision, environment.getArgument("condition"));
    }

    private String now() {
        return ISO_MILLIS.format(clock.instant());
    }

    private Map<String, Object> publish(OperationBinding binding, Model model, Supplier<WrittenItem> write) {
        WrittenItem written = conditional(write);
        changes.publish(new ModelChange(binding.fieldName(), binding.model(), written.item(),
                itemKey(model, written.item()), written.sequence()));
        return written.item();
    }

    /** The identifier values, e.g. {@code ["t1"]}, as one string that is equal exactly for the same item. */
    private static String itemKey(Model model, Map<String, Object> item) {
        return model.identifier().stream().map(field -> String.valueOf(item.get(field)))
                .map(value -> value.length() + ":" + value).collect(Collectors.joining());
    }

    private static <T> T conditional(Supplier<T> write) {
        try {
            return write.get();
        } catch (ConditionFailedException e) {
            throw conditionalCheckFailed();
        }
    }

    static ResolverException conditionalCheckFailed() {
        return new ResolverException("DynamoDB:ConditionalCheckFailedException",
                "The conditional request failed (Service: DynamoDb, Status Code: 400, Request ID: "
                        + UUID.randomUUID() + ")");
    }
}
