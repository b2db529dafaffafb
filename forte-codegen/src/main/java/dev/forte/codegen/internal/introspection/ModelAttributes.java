package dev.forte.codegen.internal.introspection;

import static dev.forte.codegen.internal.introspection.IntrospectionTree.NODES;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.forte.schema.AuthOperation;
import dev.forte.schema.AuthProvider;
import dev.forte.schema.AuthRule;
import dev.forte.schema.AuthStrategy;
import dev.forte.schema.DataSchema;
import dev.forte.schema.Model;
import dev.forte.schema.ModelOperation;
import dev.forte.transform.ModelNames;
import java.util.Arrays;
import java.util.List;

/**
 * A model's {@code attributes}: {@code model} (with the disabled operations as {@code @model}'s arguments), a
 * {@code key} for a custom primary key and one per secondary index, and {@code auth} with the model generator's
 * defaults filled in (provider, owner field, claims, the four operations).
 */
final class ModelAttributes {
    private static final String DEFAULT_OWNER_FIELD = "owner";
    private static final String DEFAULT_IDENTITY_CLAIM = "cognito:username";
    private static final String DEFAULT_GROUP_CLAIM = "cognito:groups";
    private static final String DEFAULT_GROUPS_FIELD = "groups";
    private static final List<String> ALL_OPERATIONS = List.of("create", "update", "delete", "read");

    private ModelAttributes() {}

    static ArrayNode of(DataSchema schema, Model model) {
        ArrayNode attributes = NODES.arrayNode();
        ObjectNode modelAttribute = attribute("model");
        modelAttribute.set("properties", modelProperties(model));
        attributes.add(modelAttribute);
        if (!model.hasDefaultIdentifier()) {
            ObjectNode key = attribute("key");
            addAll(key.putObject("properties").putArray("fields"), model.identifier());
            attributes.add(key);
        }
        for (ModelNames.Index index : ModelNames.indexes(model)) {
            ObjectNode key = attribute("key");
            ObjectNode properties = key.putObject("properties");
            properties.put("name", index.name());
            if (index.queryField() != null) {
                properties.put("queryField", index.queryField());
            }
            addAll(properties.putArray("fields"), index.fields());
            attributes.add(key);
        }
        List<AuthRule> rules = schema.effectiveRules(model);
        if (!rules.isEmpty()) {
            attributes.add(auth(rules));
        }
        return attributes;
    }

    /** Returns the {@code auth} attribute of a model's {@code rules}. */
    private static ObjectNode auth(List<AuthRule> rules) {
        ObjectNode auth = attribute("auth");
        ArrayNode array = auth.putObject("properties").putArray("rules");
        rules.forEach(rule -> array.add(rule(rule)));
        return auth;
    }

    private static ObjectNode attribute(String type) {
        ObjectNode node = NODES.objectNode();
        node.put("type", type);
        return node;
    }

    /** Renders disabled operations as {@code @model}'s arguments: {@code {queries: null, mutations: {create: null}}}. */
    private static ObjectNode modelProperties(Model model) {
        ObjectNode properties = NODES.objectNode();
        List<ModelOperation> disabled = Arrays.stream(ModelOperation.values())
                .filter(model.disabledOperations()::contains).toList();
        for (ModelOperation operation : disabled) {
            if (operation.group().isEmpty()) {
                properties.putNull(operation.amplifyName());
                continue;
            }
            String group = operation.group().get().amplifyName();
            if (!properties.has(group)) {
                properties.putObject(group);
            }
            if (properties.get(group).isObject()) {
                ((ObjectNode) properties.get(group)).putNull(operation.amplifyName());
            }
        }
        return properties;
    }

    /**
     * Returns one rule as Amplify's model generator writes it: its defaults first (owner: provider and owner field;
     * groups: group claim and provider), then the rule's own arguments in the directive SDL's order (a default
     * keeps its place when the rule sets it), then the identity claim and the operations where the rule has none.
     * A {@code private} or {@code public} rule gets no default provider, as in the generator.
     */
    private static ObjectNode rule(AuthRule rule) {
        ObjectNode node = NODES.objectNode();
        if (rule.strategy() == AuthStrategy.OWNER) {
            node.put("provider", AuthProvider.USER_POOLS.directiveName());
            node.put("ownerField", rule.ownerField() == null ? DEFAULT_OWNER_FIELD : rule.ownerField());
        } else if (rule.strategy() == AuthStrategy.GROUPS) {
            node.put("groupClaim", DEFAULT_GROUP_CLAIM);
            node.put("provider", AuthProvider.USER_POOLS.directiveName());
        }
        node.setAll(directiveArguments(rule));
        if (rule.strategy() == AuthStrategy.OWNER) {
            String claim = rule.identityClaim();
            node.put("identityClaim", claim == null || claim.equals("username") ? DEFAULT_IDENTITY_CLAIM : claim);
        } else if (rule.strategy() == AuthStrategy.GROUPS && rule.groups().isEmpty()) {
            node.put("groupField", DEFAULT_GROUPS_FIELD); // the generator's default, under its own key
        }
        if (!node.has("operations")) {
            addAll(node.putArray("operations"), ALL_OPERATIONS);
        }
        return node;
    }

    /** Returns the rule's arguments as the directive SDL writes them, in its order. */
    private static ObjectNode directiveArguments(AuthRule rule) {
        ObjectNode node = NODES.objectNode();
        node.put("allow", rule.strategy().directiveName());
        if (rule.provider() != null) {
            node.put("provider", provider(rule.provider()));
        }
        if (!rule.operations().isEmpty()) {
            ArrayNode operations = node.putArray("operations");
            rule.operations().stream().map(AuthOperation::amplifyName).forEach(operations::add);
        }
        if (rule.groupsField() != null) {
            node.put("groupsField", rule.groupsField());
        }
        if (rule.ownerField() != null) {
            node.put("ownerField", rule.ownerField());
        }
        if (!rule.groups().isEmpty()) {
            addAll(node.putArray("groups"), rule.groups());
        }
        if (rule.identityClaim() != null) {
            node.put("identityClaim", rule.identityClaim());
        }
        if (rule.groupClaim() != null) {
            node.put("groupClaim", rule.groupClaim());
        }
        return node;
    }

    /** The directive SDL, which the generator reads, writes an identity-pool rule as {@code provider: iam}. */
    private static String provider(AuthProvider provider) {
        return provider == AuthProvider.IDENTITY_POOL ? AuthProvider.IAM.directiveName() : provider.directiveName();
    }

    private static void addAll(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
