package dev.forte.server.internal.scalars;

import java.util.stream.Collectors;

/**
 * The declarations an AppSync schema leaves implicit. AppSync schemas use its scalars and directives without
 * declaring them, which graphql-java's {@code SchemaParser} needs; parse this SDL alongside the schema.
 */
public final class AppSyncDirectives {
    private static final String DIRECTIVES = """
            directive @aws_subscribe(mutations: [String]) on FIELD_DEFINITION
            directive @aws_api_key on OBJECT | FIELD_DEFINITION
            directive @aws_iam on OBJECT | FIELD_DEFINITION
            directive @aws_oidc on OBJECT | FIELD_DEFINITION
            directive @aws_lambda on OBJECT | FIELD_DEFINITION
            directive @aws_cognito_user_pools(cognito_groups: [String]) on OBJECT | FIELD_DEFINITION
            directive @aws_auth(cognito_groups: [String]) on OBJECT | FIELD_DEFINITION
            """;

    private AppSyncDirectives() {}

    /**
     * Returns SDL declaring AppSync's nine scalars ({@code scalar AWSDate} …) and its directives
     * ({@code @aws_subscribe}, {@code @aws_api_key}, {@code @aws_iam}, {@code @aws_oidc}, {@code @aws_lambda},
     * {@code @aws_cognito_user_pools}, {@code @aws_auth}).
     */
    public static String declarationsSdl() {
        String scalars = AwsScalars.all().stream()
                .map(scalar -> "scalar " + scalar.getName() + "\n")
                .collect(Collectors.joining());
        return scalars + DIRECTIVES;
    }
}
