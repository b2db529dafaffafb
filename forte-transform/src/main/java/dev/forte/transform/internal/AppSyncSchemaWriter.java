package dev.forte.transform.internal;

import dev.forte.ForteException;
import dev.forte.backend.DataDefinition;
import dev.forte.schema.AuthOperation;
import dev.forte.schema.CustomOperation;
import dev.forte.schema.CustomType;
import dev.forte.schema.DataSchema;
import dev.forte.schema.EnumType;
import dev.forte.schema.Field;
import dev.forte.schema.Model;
import dev.forte.schema.ModelOperation;
import dev.forte.schema.OperationType;
import dev.forte.schema.Relationship;
import dev.forte.schema.RelationshipKind;
import dev.forte.transform.OperationBinding;
import dev.forte.transform.OperationKind;
import dev.forte.transform.internal.SdlDocument.Kind;
import dev.forte.transform.internal.SdlDocument.Member;
import dev.forte.transform.internal.SdlDocument.Value;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Writes the AppSync schema Amplify's transformer emits for a data definition, in the order its model and key
 * transformers create definitions, and records the binding of every root field it generates.
 */
public final class AppSyncSchemaWriter {
    private static final String QUERY = "Query";
    private static final String MUTATION = "Mutation";
    private static final String SUBSCRIPTION = "Subscription";
    private static final String IAM = "@aws_iam";

    private final DataDefinition data;
    private final DataSchema schema;
    private final CustomOperations customOperations;
    private final SdlDocument doc = new SdlDocument();
    private final List<Member> queries = new ArrayList<>();
    private final List<Member> mutations = new ArrayList<>();
    private final List<Member> subscriptions = new ArrayList<>();
    private final List<OperationBinding> bindings = new ArrayList<>();

    /** The written schema and its root-field bindings. */
    public record Output(String sdl, List<OperationBinding> bindings) {}

    private AppSyncSchemaWriter(DataDefinition data) {
        this.data = data;
        this.schema = data.schema();
        this.customOperations = new CustomOperations(schema);
    }

    /** Returns the AppSync schema of {@code data} and the bindings of its root fields. */
    public static Output write(DataDefinition data) {
        return new AppSyncSchemaWriter(data).write();
    }

    private Output write() {
        addSchemaTypes();
        addCustomOperationRoots();
        SharedInputs.addTo(doc);
        for (Model model : schema.models()) {
            addOperations(shape(model));
        }
        addCustomOperations(OperationType.MUTATION);
        addCustomOperations(OperationType.QUERY);
        for (Model model : schema.models()) {
            addKeyConditionInputs(shape(model));
        }
        addUnlistedConnections();
        return new Output(doc.print(), bindings);
    }

    private void addSchemaTypes() {
        Map<String, Set<String>> inherited = customOperations.inheritedDirectives();
        Set<String> reachedFromModels = customOperations.reachedFromModels();
        for (Object type : SchemaOrder.of(schema)) {
            if (type instanceof EnumType enumType) {
                SdlDocument.Definition definition = doc.add(Kind.ENUM, enumType.name());
                enumType.values().forEach(definition::value);
            } else if (type instanceof CustomType customType) {
                SdlDocument.Definition definition = doc.add(Kind.TYPE, customType.name(), customTypeDirectives(
                        inherited.getOrDefault(customType.name(), Set.of()),
                        reachedFromModels.contains(customType.name())));
                customType.fields().forEach(f -> definition.field(f.name(), f.graphqlType()));
            } else {
                ModelShape model = shape((Model) type);
                SdlDocument.Definition definition = doc.add(Kind.TYPE, model.name(), auth(model).forType());
                model.typeFields().forEach(f -> definition.member(typeField(f)));
            }
        }
    }

    /**
     * Returns a model type's field: a {@code hasMany} field is a connection with the arguments of a list query,
     * every other field (a {@code belongsTo} or {@code hasOne} one too) is its plain type.
     */
    private static Member typeField(Field field) {
        if (field.type() instanceof Relationship relationship && relationship.kind() == RelationshipKind.HAS_MANY) {
            String related = relationship.relatedModel();
            List<Value> args = List.of(new Value("filter", "Model" + related + "FilterInput"),
                    new Value("sortDirection", "ModelSortDirection"), new Value("limit", "Int"),
                    new Value("nextToken", "String"));
            return new Member(field.name(), args, "Model" + related + "Connection", List.of());
        }
        return Member.plain(field.name(), field.graphqlType());
    }

    /**
     * Returns a custom type's directives as Amplify's transformer leaves them: those it inherited from custom
     * operations (in the directive SDL already), {@code @aws_iam} (IAM is always enabled), then the providers of
     * every model, which the auth transformer propagates to the types models reach.
     */
    private List<String> customTypeDirectives(Set<String> inherited, boolean reachedFromModels) {
        Set<String> directives = new LinkedHashSet<>(inherited);
        if (reachedFromModels) {
            schema.models().forEach(model -> directives.addAll(auth(shape(model)).forType()));
        } else if (!inherited.isEmpty() || !schemaAuth().forType().isEmpty()) {
            directives.add(IAM);
        }
        return new ArrayList<>(directives);
    }

    /**
     * Adds the inputs of custom type arguments, then {@code Mutation} and {@code Query} where custom operations
     * need them, in the directive SDL's order; the transformer marks those root types {@code @aws_iam}.
     */
    private void addCustomOperationRoots() {
        customOperations.argumentInputs().forEach((name, fields) -> {
            SdlDocument.Definition input = doc.add(Kind.INPUT, name);
            fields.forEach(f -> input.field(f.name(), CustomOperations.argumentType(f)));
        });
        for (OperationType type : List.of(OperationType.MUTATION, OperationType.QUERY)) {
            if (!schema.operations(type).isEmpty()) {
                doc.add(Kind.TYPE, type.graphqlTypeName(), List.of(IAM));
            }
        }
    }

    /** Appends the custom operations after the models' fields: {@code @aws_iam} first, then their rules' modes. */
    private void addCustomOperations(OperationType type) {
        List<CustomOperation> operations = schema.operations(type);
        if (operations.isEmpty()) {
            return;
        }
        SdlDocument.Definition root = doc.add(Kind.TYPE, type.graphqlTypeName());
        for (CustomOperation operation : operations) {
            if (root.hasMember(operation.name())) {
                throw new ForteException("Custom " + type.graphqlTypeName().toLowerCase(Locale.ROOT) + " `"
                        + operation.name() + "` has the name of a field the API generates for a model. Rename it.");
            }
            Set<String> directives = new LinkedHashSet<>(List.of(IAM));
            directives.addAll(CustomOperations.nativeDirectives(schema.effectiveRules(operation)));
            List<Value> arguments = operation.arguments().stream()
                    .map(a -> new Value(a.name(), CustomOperations.argumentType(a))).toList();
            root.member(new Member(operation.name(), arguments, operation.returns().graphqlType(),
                    new ArrayList<>(directives)));
        }
    }

    private AuthDirectives schemaAuth() {
        return new AuthDirectives(schema.authorization(), data.authorizationModes());
    }

    private void addOperations(ModelShape model) {
        ModelInputs inputs = new ModelInputs(schema, doc, model);
        inputs.addCustomTypeInputs(model.userFields());
        addQueries(model, inputs);
        addMutations(model, inputs);
        addSubscriptions(model, inputs);
    }

    private void addQueries(ModelShape model, ModelInputs inputs) {
        AuthDirectives auth = auth(model);
        Model declared = model.model();
        if (declared.isEnabled(ModelOperation.GET)) {
            List<Value> args = declared.identifier().stream()
                    .map(key -> new Value(key, model.field(key).type().graphqlName() + "!")).toList();
            String field = "get" + model.name();
            queries.add(new Member(field, args, model.name(), auth.forField(AuthOperation.GET)));
            bind(QUERY, field, model, OperationKind.GET, null, declared.identifier(), null, List.of());
        }
        if (declared.isEnabled(ModelOperation.LIST)) {
            addList(model, inputs, auth);
        }
        for (ResolvedIndex index : ResolvedIndex.of(declared)) {
            if (index.queryField() != null) {
                addIndexQuery(model, inputs, auth, index, index.queryField());
            }
        }
        flush(QUERY, queries);
    }

    private void addList(ModelShape model, ModelInputs inputs, AuthDirectives auth) {
        String connection = inputs.addListInputs(connectionDirectives(model));
        List<Value> args = new ArrayList<>();
        String sortKeyArgument = null;
        if (!model.model().hasDefaultIdentifier()) {
            args.add(new Value(model.partitionKey(), model.field(model.partitionKey()).type().graphqlName()));
            if (!model.sortKeys().isEmpty()) {
                sortKeyArgument = AmplifyNames.sortKeyArgument(model.sortKeys());
                args.add(new Value(sortKeyArgument, inputs.sortKeyConditionName("Primary", model.sortKeys())));
            }
        }
        args.add(new Value("filter", inputs.filterInput()));
        args.add(new Value("limit", "Int"));
        args.add(new Value("nextToken", "String"));
        if (!model.model().hasDefaultIdentifier()) {
            args.add(new Value("sortDirection", "ModelSortDirection"));
        }
        String field = AmplifyNames.listField(model.name());
        queries.add(new Member(field, args, connection, auth.forField(AuthOperation.LIST)));
        bind(QUERY, field, model, OperationKind.LIST, null, model.model().identifier(), sortKeyArgument, List.of());
    }

    private void addIndexQuery(
            ModelShape model, ModelInputs inputs, AuthDirectives auth, ResolvedIndex index, String field) {
        String connection = inputs.addListInputs(connectionDirectives(model));
        List<Value> args = new ArrayList<>();
        args.add(new Value(index.partitionKey(), model.field(index.partitionKey()).type().graphqlName() + "!"));
        String sortKeyArgument = null;
        if (!index.sortKeys().isEmpty()) {
            sortKeyArgument = AmplifyNames.sortKeyArgument(index.sortKeys());
            args.add(new Value(sortKeyArgument, inputs.sortKeyConditionName(index.name(), index.sortKeys())));
        }
        args.add(new Value("sortDirection", "ModelSortDirection"));
        args.add(new Value("filter", inputs.filterInput()));
        args.add(new Value("limit", "Int"));
        args.add(new Value("nextToken", "String"));
        queries.add(new Member(field, args, connection, auth.forField(AuthOperation.LIST)));
        List<String> keyFields = new ArrayList<>(List.of(index.partitionKey()));
        keyFields.addAll(index.sortKeys());
        bind(QUERY, field, model, OperationKind.INDEX_QUERY, index.name(), keyFields, sortKeyArgument, List.of());
    }

    /**
     * Returns the directives of {@code Model<X>Connection} as the auth transformer leaves them: it visits the models
     * in order, extending the connection with the model's own list providers and, through every {@code hasMany}
     * field of a visited model that returns the connection, with that model's providers; duplicates are dropped.
     */
    private List<String> connectionDirectives(ModelShape model) {
        Set<String> directives = new LinkedHashSet<>();
        for (Model visited : schema.models()) {
            if (visited.name().equals(model.name()) && listsItself(visited)) {
                directives.addAll(auth(model).forField(null));
            }
            boolean reaches = visited.relationshipFields().stream().map(f -> f.relationship().orElseThrow())
                    .anyMatch(r -> r.kind() == RelationshipKind.HAS_MANY && r.relatedModel().equals(model.name()));
            if (reaches) {
                directives.addAll(auth(shape(visited)).forType());
            }
        }
        return new ArrayList<>(directives);
    }

    private static boolean listsItself(Model model) {
        return model.isEnabled(ModelOperation.LIST)
                || ResolvedIndex.of(model).stream().anyMatch(index -> index.queryField() != null);
    }

    private void addMutations(ModelShape model, ModelInputs inputs) {
        AuthDirectives auth = auth(model);
        for (MutationKind mutation : MutationKind.values()) {
            if (!model.model().isEnabled(mutation.operation)) {
                continue;
            }
            inputs.addConditionInput();
            String input = switch (mutation) {
                case CREATE -> inputs.addCreateInput();
                case UPDATE -> inputs.addUpdateInput();
                case DELETE -> inputs.addDeleteInput();
            };
            List<Value> args = List.of(new Value("input", input + "!"), new Value("condition", inputs.conditionInput()));
            String field = mutation.prefix + model.name();
            mutations.add(new Member(field, args, model.name(), auth.forField(mutation.authOperation)));
            bind(MUTATION, field, model, mutation.kind, null, model.model().identifier(), null, List.of());
        }
        flush(MUTATION, mutations);
    }

    private void addSubscriptions(ModelShape model, ModelInputs inputs) {
        AuthDirectives auth = auth(model);
        for (MutationKind mutation : MutationKind.values()) {
            // Amplify only subscribes to mutations that exist.
            if (!model.model().isEnabled(mutation.subscription) || !model.model().isEnabled(mutation.operation)) {
                continue;
            }
            String filter = inputs.addSubscriptionFilterInput();
            String mutationField = mutation.prefix + model.name();
            String field = "on" + AmplifyNames.capitalize(mutationField);
            List<String> directives = new ArrayList<>();
            directives.add("@aws_subscribe(mutations: [\"" + mutationField + "\"])");
            directives.addAll(auth.forField(AuthOperation.LISTEN));
            List<Value> args = new ArrayList<>(List.of(new Value("filter", filter)));
            model.subscriptionOwnerArguments().forEach(owner -> args.add(new Value(owner, "String")));
            subscriptions.add(new Member(field, args, model.name(), directives));
            bind(SUBSCRIPTION, field, model, mutation.subscriptionKind, null, List.of(), null, List.of(mutationField));
        }
        flush(SUBSCRIPTION, subscriptions);
    }

    /** Appends the pending root fields to their root type, creating it when the first field arrives. */
    private void flush(String rootType, List<Member> pending) {
        if (pending.isEmpty()) {
            return;
        }
        SdlDocument.Definition root = doc.add(Kind.TYPE, rootType);
        pending.forEach(root::member);
        pending.clear();
    }

    /**
     * Adds the connection and filter of each {@code hasMany} child without list queries, which the relational
     * transformer creates after the model and key transformers; its filter has only the child's declared fields.
     */
    private void addUnlistedConnections() {
        for (Model parent : schema.models()) {
            for (Field field : parent.relationshipFields()) {
                Relationship relationship = field.relationship().orElseThrow();
                String connection = "Model" + relationship.relatedModel() + "Connection";
                if (relationship.kind() == RelationshipKind.HAS_MANY && !doc.has(connection)) {
                    ModelShape child = shape(schema.model(relationship.relatedModel()).orElseThrow());
                    new ModelInputs(schema, doc, child).addRelationshipListInputs(connectionDirectives(child));
                }
            }
        }
    }

    /** Key-condition inputs come last, as the key transformers run after the model transformer. */
    private void addKeyConditionInputs(ModelShape model) {
        ModelInputs inputs = new ModelInputs(schema, doc, model);
        if (model.model().isEnabled(ModelOperation.LIST) && !model.sortKeys().isEmpty()) {
            inputs.addSortKeyCondition("Primary", model.sortKeys());
        }
        for (ResolvedIndex index : ResolvedIndex.of(model.model())) {
            if (index.queryField() != null && !index.sortKeys().isEmpty()) {
                inputs.addSortKeyCondition(index.name(), index.sortKeys());
            }
        }
    }

    private ModelShape shape(Model model) {
        return new ModelShape(model, schema.effectiveRules(model));
    }

    private AuthDirectives auth(ModelShape model) {
        return new AuthDirectives(schema.effectiveRules(model.model()), model.fieldRules(), data.authorizationModes());
    }

    private void bind(String rootType, String field, ModelShape model, OperationKind kind, @Nullable String indexName,
            List<String> keyFields, @Nullable String sortKeyArgument, List<String> subscribedMutations) {
        bindings.add(new OperationBinding(
                rootType, field, model.name(), kind, indexName, keyFields, sortKeyArgument, subscribedMutations));
    }

    private enum MutationKind {
        CREATE("create", ModelOperation.CREATE, ModelOperation.ON_CREATE, AuthOperation.CREATE,
                OperationKind.CREATE, OperationKind.ON_CREATE),
        UPDATE("update", ModelOperation.UPDATE, ModelOperation.ON_UPDATE, AuthOperation.UPDATE,
                OperationKind.UPDATE, OperationKind.ON_UPDATE),
        DELETE("delete", ModelOperation.DELETE, ModelOperation.ON_DELETE, AuthOperation.DELETE,
                OperationKind.DELETE, OperationKind.ON_DELETE);

        private final String prefix;
        private final ModelOperation operation;
        private final ModelOperation subscription;
        private final AuthOperation authOperation;
        private final OperationKind kind;
        private final OperationKind subscriptionKind;

        MutationKind(String prefix, ModelOperation operation, ModelOperation subscription, AuthOperation authOperation,
                OperationKind kind, OperationKind subscriptionKind) {
            this.prefix = prefix;
            this.operation = operation;
            this.subscription = subscription;
            this.authOperation = authOperation;
            this.kind = kind;
            this.subscriptionKind = subscriptionKind;
        }
    }
}
