package dev.forte.server.internal.auth;

import dev.forte.schema.AuthOperation;
import dev.forte.schema.AuthProvider;
import dev.forte.schema.AuthRule;
import dev.forte.schema.AuthStrategy;
import dev.forte.schema.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Who may read and write a model's records and each of their fields, laid out as Amplify's auth transformer lays
 * out its access matrix (graphql-auth-transformer 4.2.9, {@code AccessControlMatrix}): a role per rule (one per group
 * of a static group rule), allowed operations per declared field, a field's own rules replacing the model's for that
 * field. A role that may {@code get} (or {@code list}, {@code listen}) any field passes the model's query (list,
 * subscription) auth, so a role that only a field's rules name reaches the record; a field that some role able to
 * {@code get} the record may not read gets a field check of the roles that may
 * ({@code getReadRolesForField}, {@code needsFieldResolver}). The implicit {@code id}, {@code owner} and timestamps
 * are not declared fields and are never checked. Writes ({@code protectCreateResolver}, {@code protectUpdateResolver},
 * {@code protectDeleteResolver}): a role that may create (update or delete) some field passes a create (update), and
 * then writes only the fields it has the operation on; a role passes a delete only when it may delete every field.
 */
public final class RoleMatrix {
    private static final List<AuthProvider> SIGNED_IN =
            List.of(AuthProvider.USER_POOLS, AuthProvider.OIDC, AuthProvider.IDENTITY_POOL);
    private static final List<AuthOperation> READS = List.of(AuthOperation.GET, AuthOperation.LIST,
            AuthOperation.SEARCH, AuthOperation.LISTEN, AuthOperation.SYNC);

    /** Per role, the rule that grants it each declared field it has. */
    private final Map<Role, Map<String, AuthRule>> matrix;
    /** Per role, a rule that decides for it, its operations cleared. */
    private final Map<Role, AuthRule> decidingRules;
    private final List<String> fields;
    private final boolean hasFieldRules;
    /** The answers already given: resolvers ask them on every request. */
    private final Map<Question, ModelRules> memo = new ConcurrentHashMap<>();

    private RoleMatrix(Map<Role, Map<String, AuthRule>> matrix, Map<Role, AuthRule> decidingRules,
            List<String> fields, boolean hasFieldRules) {
        this.matrix = matrix;
        this.decidingRules = decidingRules;
        this.fields = fields;
        this.hasFieldRules = hasFieldRules;
    }

    /** Returns the matrix of a model with {@code modelRules} (its own, else the schema's) and {@code fields}. */
    public static RoleMatrix of(List<AuthRule> modelRules, List<Field> fields) {
        Map<Role, Map<String, AuthRule>> matrix = new LinkedHashMap<>();
        Map<Role, AuthRule> decidingRules = new LinkedHashMap<>();
        for (Field field : fields) {
            List<AuthRule> rules = field.authorization().isEmpty() ? modelRules : field.authorization();
            for (AuthRule rule : rules) {
                for (AuthRule single : singleRoles(rule)) {
                    Role role = Role.of(single);
                    decidingRules.putIfAbsent(role, single.withOperations(List.of()));
                    matrix.computeIfAbsent(role, key -> new LinkedHashMap<>()).put(field.name(), rule);
                }
            }
        }
        return new RoleMatrix(matrix, decidingRules, fields.stream().map(Field::name).toList(),
                fields.stream().anyMatch(field -> !field.authorization().isEmpty()));
    }

    /** Returns the rules of the roles that may {@code operation} some declared field: the model's query auth. */
    public ModelRules recordRules(AuthOperation operation) {
        return rulesOf(new Question("record", operation, ""), role -> onSomeField(role, operation));
    }

    /**
     * Returns the rules of the roles that may {@code operation} a record: for a delete, those that may delete every
     * declared field ({@code getRolesPerOperation('delete', true)}); for a create, those that may create some field;
     * for an update, those that may update or delete some field.
     */
    public ModelRules writeRules(AuthOperation operation) {
        return rulesOf(new Question("write", operation, ""), role -> switch (operation) {
            case DELETE -> onEveryField(role, AuthOperation.DELETE);
            case UPDATE -> onSomeField(role, AuthOperation.UPDATE) || onSomeField(role, AuthOperation.DELETE);
            default -> onSomeField(role, operation);
        });
    }

    /**
     * Returns the rules of the roles that may {@code operation} every declared field: the roles Amplify's templates
     * call {@code isAuthorizedOnAllFields}, the only ones that may also set an undeclared field such as a create's
     * {@code id}.
     */
    public ModelRules everyFieldRules(AuthOperation operation) {
        return rulesOf(new Question("every", operation, ""), role -> onEveryField(role, operation));
    }

    /** Returns whether some declared field has rules of its own, which makes writes field by field. */
    public boolean hasFieldRules() {
        return hasFieldRules;
    }

    /**
     * Returns the rules of the roles that may {@code operation} the declared field {@code field}: the roles whose
     * {@code allowedFields} (update, create) or {@code nullAllowedFields} (delete) hold it; empty for a field that is
     * not declared ({@code id}, the owner, the timestamps).
     */
    public Optional<ModelRules> fieldWriteRules(String field, AuthOperation operation) {
        if (!fields.contains(field)) {
            return Optional.empty();
        }
        return Optional.of(rulesOf(new Question("field", operation, field), role -> allows(role, field, operation)));
    }

    /**
     * Returns the rules of the field check of {@code field} when it needs one ({@code Employee.name.req.vtl}): the
     * roles that may {@code get} the record less those that may not read the field.
     */
    public Optional<ModelRules> fieldCheck(String field) {
        if (!fields.contains(field)) {
            return Optional.empty();
        }
        List<Role> readers = fieldReadRoles(field);
        List<Role> allowed = readers.stream().filter(role -> readsField(role, field)).toList();
        return allowed.size() < readers.size()
                ? Optional.of(new ModelRules(allowed.stream().map(decidingRules::get).toList())) : Optional.empty();
    }

    /**
     * Returns whether the relationship field {@code field} (without a check of its own) to a model read by
     * {@code related} is emptied inside a mutation's result ({@code redactRelationalField}, with Gen 2's
     * {@code subscriptionsInheritPrimaryAuth: false}): when a role that reads the field overlaps with the related
     * model's read roles on a provider but the two sets of roles are not the same static roles.
     */
    public boolean redactsRelationship(String field, RoleMatrix related) {
        List<Role> fieldRoles = fieldReadRoles(field).stream().filter(role -> readsField(role, field)).toList();
        List<Role> relatedRoles = withoutSubsumedByPrivate(related.anyReadRoles());
        for (Role fieldRole : fieldRoles) {
            if (relatedRoles.stream().anyMatch(relatedRole -> relatedRole.overlaps(fieldRole))) {
                boolean identical = fieldRoles.size() == relatedRoles.size() && relatedRoles.stream().allMatch(
                        relatedRole -> fieldRoles.stream().anyMatch(role -> role.equals(relatedRole)
                                && !role.dynamic()));
                return !identical;
            }
        }
        return false;
    }

    /**
     * The roles that may {@code get} some field (Amplify collects only {@code get}'s: it spreads the read
     * operations' role lists into one {@code Set} argument), less the other roles of a provider whose private role
     * may read the whole field.
     */
    private List<Role> fieldReadRoles(String field) {
        List<Role> readers = matrix.keySet().stream().filter(role -> onSomeField(role, AuthOperation.GET)).toList();
        List<Role> result = new ArrayList<>(readers);
        for (AuthProvider provider : List.of(AuthProvider.USER_POOLS, AuthProvider.OIDC)) {
            boolean privateReadsAll = readers.stream().anyMatch(role -> role.isPrivateOf(provider)
                    && READS.stream().allMatch(operation -> allows(role, field, operation)));
            if (privateReadsAll) {
                result.removeIf(role -> role.provider() == provider && role.strategy() != AuthStrategy.PRIVATE);
            }
        }
        return result;
    }

    private List<Role> anyReadRoles() {
        return matrix.keySet().stream()
                .filter(role -> READS.stream().anyMatch(operation -> onSomeField(role, operation))).toList();
    }

    private static List<Role> withoutSubsumedByPrivate(List<Role> roles) {
        List<Role> result = new ArrayList<>(roles);
        for (AuthProvider provider : List.of(AuthProvider.USER_POOLS, AuthProvider.OIDC)) {
            if (roles.stream().anyMatch(role -> role.isPrivateOf(provider))) {
                result.removeIf(role -> role.provider() == provider && role.strategy() != AuthStrategy.PRIVATE);
            }
        }
        return result;
    }

    /** Returns the rules of the roles {@code holds} is true for, computed once per question. */
    private ModelRules rulesOf(Question question, Predicate<Role> holds) {
        return memo.computeIfAbsent(question, asked -> new ModelRules(
                matrix.keySet().stream().filter(holds).map(decidingRules::get).toList()));
    }

    private boolean onSomeField(Role role, AuthOperation operation) {
        return fields.stream().anyMatch(field -> allows(role, field, operation));
    }

    private boolean onEveryField(Role role, AuthOperation operation) {
        return !fields.isEmpty() && fields.stream().allMatch(field -> allows(role, field, operation));
    }

    private boolean readsField(Role role, String field) {
        return READS.stream().anyMatch(operation -> allows(role, field, operation));
    }

    private boolean allows(Role role, String field, AuthOperation operation) {
        AuthRule rule = matrix.get(role).get(field);
        return rule != null && rule.allows(operation);
    }

    /** A static group rule is one role per group, as Amplify names them ({@code Model:userPools:staticGroup:HR}). */
    private static List<AuthRule> singleRoles(AuthRule rule) {
        if (rule.strategy() != AuthStrategy.GROUPS || rule.groupsField() != null || rule.groups().size() < 2) {
            return List.of(rule);
        }
        return rule.groups().stream().map(group -> rule.withGroups(List.of(group))).toList();
    }

    private record Question(String kind, AuthOperation operation, String field) {}

    /**
     * One role, as Amplify's role definitions compare ({@code isIdenticalAuthRole}): provider, strategy, whether
     * static, entity (the group, or the owner or groups field) and claim.
     */
    private record Role(AuthProvider provider, AuthStrategy strategy, boolean isStatic, @Nullable String entity,
            @Nullable String claim) {

        static Role of(AuthRule rule) {
            AuthProvider provider = rule.effectiveProvider();
            return switch (rule.strategy()) {
                case OWNER -> new Role(provider, rule.strategy(), false, rule.ownerField(),
                        Objects.requireNonNullElse(rule.identityClaim(), "sub::username"));
                case GROUPS -> new Role(provider, rule.strategy(), rule.groupsField() == null,
                        rule.groupsField() != null ? rule.groupsField() : rule.groups().get(0),
                        Objects.requireNonNullElse(rule.groupClaim(), "cognito:groups"));
                default -> new Role(provider, rule.strategy(), true, null, null);
            };
        }

        /** {@code isDynamicAuthOrCustomAuth}. */
        boolean dynamic() {
            return !isStatic || strategy == AuthStrategy.CUSTOM;
        }

        boolean isPrivateOf(AuthProvider of) {
            return provider == of && strategy == AuthStrategy.PRIVATE;
        }

        /** {@code isFieldRoleHavingAccessToBothSide}: the same role, or a private role of a signed-in provider. */
        boolean overlaps(Role other) {
            return equals(other) || provider == other.provider && SIGNED_IN.contains(provider)
                    && (strategy == AuthStrategy.PRIVATE || other.strategy == AuthStrategy.PRIVATE);
        }
    }
}
