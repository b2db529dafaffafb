package dev.forte.backend;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.forte.backend.internal.FunctionChecks;
import dev.forte.data.SchemaException;

/** Amplify's {@code define*} functions, for {@code import static dev.forte.backend.Define.defineData}. */
public final class Define {

    private Define() {}

    /**
     * Returns the data API {@code props} describe, after checking that every model has authorization rules
     * (schema-level {@code allow.resource(fn)} grants count: their models are reachable only by those functions)
     * and that no model grants function access.
     *
     * <pre>{@code
     * var data = defineData(DataProps.of(schema));
     * }</pre>
     *
     * @throws SchemaException if a model has no rules at model or schema level, or a model-level rule grants
     *     function access
     */
    public static DataDefinition defineData(DataProps props) {
        return new DataDefinition(props.name(), props.schema().toDataSchema(), props.authorizationModes());
    }

    /**
     * Returns user sign-in with email for the backend, as Amplify's template {@code defineAuth({ loginWith: { email:
     * true } })}: {@code Backend.of(defineAuth(), data, ...)}. Tokens come from Forte's
     * own issuer ({@code ./forte auth token --user alice} in the sandbox) or, in production, the issuer configured
     * on the server.
     */
    public static AuthDefinition defineAuth() {
        return defineAuth(LoginWith.EMAIL);
    }

    /**
     * Returns user sign-in with {@code loginWith}: {@code defineAuth(LoginWith.EMAIL)} is Amplify's
     * {@code defineAuth({ loginWith: { email: true } })}, the default.
     */
    public static AuthDefinition defineAuth(LoginWith loginWith) {
        return new AuthDefinition(loginWith);
    }

    /**
     * Returns the function {@code props} describe, checked with Amplify's limits and messages.
     *
     * <pre>{@code
     * var report = defineFunction(FunctionProps.builder(ReportHandler.class).timeoutSeconds(60)
     *         .schedule("every day").build());
     * }</pre>
     *
     * @throws BackendException naming the function and the prop that is out of range
     */
    public static FunctionDefinition defineFunction(FunctionProps props) {
        return FunctionChecks.define(props);
    }

    /**
     * Returns a function running {@code handler} with Amplify's defaults: named after the class (see
     * {@link FunctionProps.Builder#name}), 3 seconds, 512 MB, no environment, no schedule.
     *
     * <pre>{@code
     * var dataAccess = defineFunction(DataAccessHandler.class); // named data-access
     * }</pre>
     */
    public static FunctionDefinition defineFunction(Class<? extends RequestHandler<?, ?>> handler) {
        return defineFunction(FunctionProps.of(handler));
    }
}
