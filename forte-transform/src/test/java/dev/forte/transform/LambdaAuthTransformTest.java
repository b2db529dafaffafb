package dev.forte.transform;

import static dev.forte.data.a.field;
import static dev.forte.data.a.model;
import static dev.forte.data.a.query;
import static org.assertj.core.api.Assertions.assertThat;

import dev.forte.backend.AuthorizationMode;
import dev.forte.backend.DataProps;
import dev.forte.backend.Define;
import dev.forte.backend.LambdaAuthorizationMode;
import dev.forte.data.FunctionResource;
import dev.forte.data.a;
import dev.forte.schema.AuthOperation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code allow.custom()} rules become {@code {allow: custom}} in the directive SDL and {@code @aws_lambda}. */
class LambdaAuthTransformTest {

    private static TransformResult transform() {
        FunctionResource echo = () -> "echo";
        var schema = a.schema(
                model("Note", a.model(field("text", a.string()))
                        .authorization(allow -> List.of(allow.publicApiKey(), allow.custom().to(AuthOperation.READ)))),
                query("whoAmI", a.query().returns(a.string()).handler(a.handler.function(echo))
                        .authorization(allow -> List.of(allow.custom()))));
        return AppSyncTransform.transform(Define.defineData(DataProps.builder(schema)
                .authorizationModes(AuthorizationMode.API_KEY, 7)
                .lambdaAuthorizationMode(new LambdaAuthorizationMode("authorizer", 60)).build()));
    }

    @Test
    void customRuleIsWrittenAsAllowCustom() {
        assertThat(transform().directiveSdl())
                .contains("@auth(rules: [{allow: public, provider: apiKey},\n  {allow: custom, operations: [read]}])")
                .contains("whoAmI: String @function(name: \"FnWhoAmI\") @auth(rules: [{allow: custom}])");
    }

    @Test
    void customRuleGrantsAwsLambdaWhereItApplies() {
        String sdl = transform().appSyncSdl();

        assertThat(sdl).contains("type Note @aws_iam @aws_lambda @aws_api_key {");
        assertThat(sdl).contains("getNote(id: ID!): Note @aws_api_key @aws_iam @aws_lambda");
        assertThat(sdl).contains("createNote(input: CreateNoteInput!, condition: ModelNoteConditionInput):"
                + " Note @aws_api_key @aws_iam\n");
        assertThat(sdl).contains("onCreateNote(filter: ModelSubscriptionNoteFilterInput): Note"
                + " @aws_subscribe(mutations: [\"createNote\"]) @aws_api_key @aws_iam @aws_lambda");
        assertThat(sdl).contains("whoAmI: String @aws_iam @aws_lambda");
    }
}
