package dev.forte.server.internal.scalars;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.introspection.Introspection.DirectiveLocation;
import graphql.schema.Coercing;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLDirective;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class AppSyncDirectivesTest {
    private static final List<String> AWS_SCALARS = List.of("AWSDate", "AWSTime", "AWSDateTime", "AWSTimestamp",
            "AWSEmail", "AWSJSON", "AWSPhone", "AWSURL", "AWSIPAddress");

    @Test
    void buildsAnExecutableSchemaFromAnAppSyncSchemaThatDeclaresNothing() {
        GraphQLSchema schema = build(resource("schema3.appsync.graphql"));

        GraphQLObjectType allScalars = schema.getObjectType("AllScalars");
        assertThat(allScalars.getAppliedDirective("aws_api_key")).isNotNull();
        assertThat(coercingOf(allScalars.getFieldDefinition("jsonField").getType()))
                .isSameAs(AwsScalars.awsJson().getCoercing());
        assertThat(coercingOf(allScalars.getFieldDefinition("timestampField").getType()))
                .isSameAs(AwsScalars.awsTimestamp().getCoercing());
    }

    @Test
    void keepsTheSubscribedMutationsOnSubscriptionFields() {
        GraphQLSchema schema = build(resource("schema3.appsync.graphql"));

        GraphQLFieldDefinition onCreate = schema.getSubscriptionType().getFieldDefinition("onCreateAllScalars");
        GraphQLAppliedDirective subscribe = onCreate.getAppliedDirective("aws_subscribe");
        List<String> mutations = subscribe.getArgument("mutations").getValue();
        assertThat(mutations).containsExactly("createAllScalars");
    }

    @Test
    void declaresTheNineScalars() {
        GraphQLSchema schema = build("type Query { ping: String }");

        assertThat(AWS_SCALARS).allSatisfy(name -> assertThat(coercingOf(schema.getType(name)))
                .isSameAs(AwsScalars.all().get(AWS_SCALARS.indexOf(name)).getCoercing()));
    }

    @Test
    void allowsAuthDirectivesOnTypesAndFields() {
        GraphQLSchema schema = build("""
                type Query @aws_api_key @aws_iam @aws_oidc @aws_lambda @aws_cognito_user_pools(cognito_groups: ["a"])
                    @aws_auth(cognito_groups: ["a"]) {
                  ping: String @aws_api_key @aws_iam @aws_oidc @aws_lambda @aws_cognito_user_pools @aws_auth
                }
                """);

        assertThat(schema.getQueryType().getAppliedDirectives()).hasSize(6);
        assertThat(schema.getQueryType().getFieldDefinition("ping").getAppliedDirectives()).hasSize(6);
        assertThat(List.of("aws_api_key", "aws_iam", "aws_oidc", "aws_lambda", "aws_cognito_user_pools", "aws_auth"))
                .allSatisfy(name -> assertThat(schema.getDirective(name).validLocations())
                        .containsExactlyInAnyOrder(DirectiveLocation.OBJECT, DirectiveLocation.FIELD_DEFINITION));
    }

    @Test
    void allowsSubscribeOnFieldsOnly() {
        GraphQLDirective subscribe = build("type Query { ping: String }").getDirective("aws_subscribe");

        assertThat(subscribe.validLocations()).containsExactly(DirectiveLocation.FIELD_DEFINITION);
    }

    private static Coercing<?, ?> coercingOf(GraphQLType type) {
        assertThat(type).isInstanceOf(GraphQLScalarType.class);
        return ((GraphQLScalarType) type).getCoercing();
    }

    private static GraphQLSchema build(String appSyncSchema) {
        RuntimeWiring.Builder wiring = RuntimeWiring.newRuntimeWiring();
        AwsScalars.all().forEach(wiring::scalar);
        return new SchemaGenerator().makeExecutableSchema(
                new SchemaParser().parse(AppSyncDirectives.declarationsSdl() + appSyncSchema), wiring.build());
    }

    private static String resource(String name) {
        try (InputStream in = AppSyncDirectivesTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
