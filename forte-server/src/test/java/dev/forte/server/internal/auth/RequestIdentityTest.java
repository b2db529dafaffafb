package dev.forte.server.internal.auth;

import static dev.forte.schema.ResourceOperation.LISTEN;
import static dev.forte.schema.ResourceOperation.MUTATE;
import static dev.forte.schema.ResourceOperation.QUERY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RequestIdentityTest {
    private static final Set<AuthMode> API_KEY_AND_IAM = EnumSet.of(AuthMode.API_KEY, AuthMode.AWS_IAM);
    private static final RequestIdentity READER = RequestIdentity.function(new FunctionPrincipal("reader", Set.of(QUERY)));

    @Test
    void aFunctionRunsTheRootOperationTypesOfItsGrant() {
        assertThat(READER.mayAccess(API_KEY_AND_IAM, QUERY)).isTrue();
        assertThat(READER.mayAccess(API_KEY_AND_IAM, MUTATE)).isFalse();
        assertThat(READER.mayAccess(API_KEY_AND_IAM, LISTEN)).isFalse();
    }

    @Test
    void aFunctionReadsEveryIamFieldBelowTheRoot() {
        assertThat(READER.mayAccess(EnumSet.of(AuthMode.AWS_IAM), null)).isTrue();
    }

    @Test
    void aFieldWithoutAwsIamStaysDeniedToAFunction() {
        RequestIdentity everything = RequestIdentity.function(
                new FunctionPrincipal("data-access", Set.of(QUERY, MUTATE, LISTEN)));

        assertThat(everything.mayAccess(EnumSet.of(AuthMode.API_KEY), QUERY)).isFalse();
        assertThat(everything.mayAccess(EnumSet.of(AuthMode.API_KEY), null)).isFalse();
    }

    @Test
    void otherModesAreDecidedByTheDirectivesAlone() {
        assertThat(RequestIdentity.apiKey().mayAccess(API_KEY_AND_IAM, MUTATE)).isTrue();
        assertThat(RequestIdentity.apiKey().mayAccess(EnumSet.of(AuthMode.AWS_IAM), QUERY)).isFalse();
    }
}
