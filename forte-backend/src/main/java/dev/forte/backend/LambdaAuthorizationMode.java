package dev.forte.backend;

import dev.forte.data.SchemaException;

/**
 * The {@code lambdaAuthorizationMode} of {@code defineData}: a function of the backend decides who may call the
 * API from the token in {@code Authorization}, for rules {@code allow.custom()}.
 *
 * <pre>{@code
 * var authorizer = defineFunction(TokenAuthorizer.class);
 * defineData(DataProps.builder(schema).lambdaAuthorizationMode(LambdaAuthorizationMode.of(authorizer, 300)).build());
 * }</pre>
 *
 * @param functionName the authorizer's name in the backend
 * @param timeToLiveInSeconds how long an answer is reused for the same token when it has no {@code ttlOverride};
 *     0 asks the function every time; at most 3600
 */
public record LambdaAuthorizationMode(String functionName, int timeToLiveInSeconds) {
    /** The time to live Amplify Gen 2 gives answers when none is set. */
    public static final int DEFAULT_TIME_TO_LIVE_SECONDS = 60;
    /** The longest AppSync caches an authorizer's answer. */
    public static final int MAX_TIME_TO_LIVE_SECONDS = 3600;

    public LambdaAuthorizationMode {
        if (timeToLiveInSeconds < 0 || timeToLiveInSeconds > MAX_TIME_TO_LIVE_SECONDS) {
            throw new SchemaException("defineData lambdaAuthorizationMode: timeToLiveInSeconds must be between 0"
                    + " (no caching) and " + MAX_TIME_TO_LIVE_SECONDS + ", got " + timeToLiveInSeconds
                    + ". Give e.g. `LambdaAuthorizationMode.of(authorizer, " + DEFAULT_TIME_TO_LIVE_SECONDS + ")`.");
        }
    }

    /** Returns the mode run by {@code function}, its answers reused for 60 seconds. */
    public static LambdaAuthorizationMode of(FunctionDefinition function) {
        return of(function, DEFAULT_TIME_TO_LIVE_SECONDS);
    }

    /** Returns the mode run by {@code function}, its answers reused for {@code timeToLiveInSeconds} (0 to 3600). */
    public static LambdaAuthorizationMode of(FunctionDefinition function, int timeToLiveInSeconds) {
        return new LambdaAuthorizationMode(function.name(), timeToLiveInSeconds);
    }
}
