package dev.forte.server.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forte.schema.AuthOperation;
import dev.forte.schema.AuthRule;
import dev.forte.schema.AuthStrategy;
import dev.forte.schema.Field;
import dev.forte.schema.Scalar;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Amplify's access matrix for reads (graphql-auth-transformer 4.2.9; the templates in
 * {@code src/test/resources/conformance/field-role-beyond-model-rules} and {@code relationship-redaction}).
 */
class RoleMatrixTest {
    private static final AuthRule OWNER = AuthRule.of(AuthStrategy.OWNER, null).withField("owner", false);
    private static final AuthRule SIGNED_IN = AuthRule.of(AuthStrategy.PRIVATE, null);
    private static final AuthRule HR = AuthRule.of(AuthStrategy.GROUPS, null).withGroups(List.of("HR"));
    private static final Field NAME = Field.of("name", Scalar.STRING);
    private static final Field SALARY = withRules(Field.of("salary", Scalar.FLOAT), HR);
    private static final RequestIdentity HAL = user(Map.of("sub", "s-9", "username", "hal",
            "cognito:groups", List.of("HR")));
    private static final RequestIdentity ALICE = user(Map.of("sub", "s-1", "username", "alice"));

    @Test
    void aRoleOnlyAFieldNamesPassesTheModelsQueries() {
        RoleMatrix roles = RoleMatrix.of(List.of(OWNER), List.of(NAME, SALARY));

        assertThat(roles.recordRules(AuthOperation.GET).decide(HAL, AuthOperation.GET))
                .isInstanceOf(AccessDecision.Granted.class);
        assertThat(roles.recordRules(AuthOperation.LISTEN).decide(HAL, AuthOperation.LISTEN))
                .isInstanceOf(AccessDecision.Granted.class);
        assertThat(roles.recordRules(AuthOperation.LIST).decide(ALICE, AuthOperation.LIST))
                .isInstanceOf(AccessDecision.Conditional.class);
    }

    @Test
    void theModelsOtherFieldsAreCheckedForTheModelsRoles() {
        RoleMatrix roles = RoleMatrix.of(List.of(OWNER), List.of(NAME, SALARY));

        AccessDecision halOnName = roles.fieldCheck("name").orElseThrow().decide(HAL, AuthOperation.GET);
        AccessDecision aliceOnName = roles.fieldCheck("name").orElseThrow().decide(ALICE, AuthOperation.GET);

        assertThat(((AccessDecision.Conditional) halOnName).permits(Map.of("owner", "s-1::alice"))).isFalse();
        assertThat(((AccessDecision.Conditional) aliceOnName).permits(Map.of("owner", "s-1::alice"))).isTrue();
        assertThat(roles.fieldCheck("salary").orElseThrow().decide(HAL, AuthOperation.GET))
                .isInstanceOf(AccessDecision.Granted.class);
        assertThat(roles.fieldCheck("owner")).as("not a declared field").isEmpty();
    }

    @Test
    void aPrivateRuleThatReadsTheFieldHidesTheProvidersOtherRoles() {
        RoleMatrix roles = RoleMatrix.of(List.of(SIGNED_IN), List.of(NAME, SALARY));

        assertThat(roles.fieldCheck("name")).isEmpty();
        assertThat(roles.fieldCheck("salary")).isPresent();
    }

    @Test
    void onlyTheFieldWhoseRulesLeaveOutAModelRoleIsCheckedWhenNoFieldAddsARole() {
        RoleMatrix roles = RoleMatrix.of(List.of(OWNER, HR), List.of(NAME, SALARY));

        assertThat(roles.fieldCheck("name")).isEmpty();
        assertThat(roles.fieldCheck("salary").orElseThrow().decide(ALICE, AuthOperation.GET))
                .isInstanceOf(AccessDecision.Denied.class);
    }

    @Test
    void aRoleThatMayOnlyCreateAFieldDoesNotReachTheRecord() {
        Field notes = withRules(Field.of("notes", Scalar.STRING), HR.withOperations(List.of(AuthOperation.CREATE)));
        RoleMatrix roles = RoleMatrix.of(List.of(OWNER), List.of(NAME, notes));

        assertThat(roles.recordRules(AuthOperation.GET).decide(HAL, AuthOperation.GET))
                .isInstanceOf(AccessDecision.Conditional.class);
        assertThat(roles.fieldCheck("name")).isEmpty();
    }

    @Test
    void relationshipsAreRedactedWhenTheReadersOverlapButDiffer() {
        RoleMatrix blog = RoleMatrix.of(List.of(OWNER, SIGNED_IN.withOperations(List.of(AuthOperation.READ))),
                List.of(NAME));
        RoleMatrix post = RoleMatrix.of(List.of(OWNER), List.of(NAME));
        RoleMatrix shelf = RoleMatrix.of(List.of(SIGNED_IN), List.of(NAME));
        RoleMatrix team = RoleMatrix.of(List.of(HR), List.of(NAME));
        RoleMatrix member = RoleMatrix.of(List.of(AuthRule.publicApiKey()), List.of(NAME));

        assertThat(blog.redactsRelationship("name", post)).isTrue();
        assertThat(post.redactsRelationship("name", blog)).isTrue();
        assertThat(post.redactsRelationship("name", post)).as("the same owner role is dynamic").isTrue();
        assertThat(shelf.redactsRelationship("name", shelf)).isFalse();
        assertThat(team.redactsRelationship("name", member)).isFalse();
        assertThat(team.redactsRelationship("name", team)).isFalse();
    }

    @Test
    void onlyARoleThatMayDeleteEveryFieldDeletesTheRecord() {
        RoleMatrix withSalary = RoleMatrix.of(List.of(OWNER), List.of(NAME, SALARY));
        RoleMatrix plain = RoleMatrix.of(List.of(OWNER), List.of(NAME));

        assertThat(withSalary.writeRules(AuthOperation.DELETE).decide(ALICE, AuthOperation.DELETE))
                .isInstanceOf(AccessDecision.Denied.class);
        assertThat(withSalary.writeRules(AuthOperation.DELETE).decide(HAL, AuthOperation.DELETE))
                .isInstanceOf(AccessDecision.Denied.class);
        assertThat(plain.writeRules(AuthOperation.DELETE).decide(ALICE, AuthOperation.DELETE))
                .isInstanceOf(AccessDecision.Conditional.class);
    }

    @Test
    void aRoleThatMayUpdateSomeFieldUpdatesTheRecordButWritesOnlyItsFields() {
        RoleMatrix roles = RoleMatrix.of(List.of(OWNER), List.of(NAME, SALARY));

        assertThat(roles.writeRules(AuthOperation.UPDATE).decide(HAL, AuthOperation.UPDATE))
                .isInstanceOf(AccessDecision.Granted.class);
        assertThat(roles.fieldWriteRules("salary", AuthOperation.UPDATE).orElseThrow()
                .decide(HAL, AuthOperation.UPDATE)).isInstanceOf(AccessDecision.Granted.class);
        assertThat(roles.fieldWriteRules("name", AuthOperation.UPDATE).orElseThrow()
                .decide(HAL, AuthOperation.UPDATE)).isInstanceOf(AccessDecision.Conditional.class);
        assertThat(roles.fieldWriteRules("id", AuthOperation.UPDATE)).as("not a declared field").isEmpty();
        assertThat(roles.hasFieldRules()).isTrue();
    }

    private static Field withRules(Field field, AuthRule rule) {
        return new Field(field.name(), field.type(), false, false, false, null, List.of(rule));
    }

    private static RequestIdentity user(Map<String, Object> claims) {
        return new RequestIdentity(AuthMode.AMAZON_COGNITO_USER_POOLS, claims);
    }
}
