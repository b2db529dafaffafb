package dev.forte.backend;

import static dev.forte.backend.Define.defineData;
import static dev.forte.backend.Define.defineFunction;
import static dev.forte.data.a.field;
import static dev.forte.data.a.model;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.forte.data.a;
import dev.forte.schema.ResourceGrant;
import dev.forte.schema.ResourceOperation;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A backend holds one data API and uniquely named functions, and every grant names one of them. */
class BackendTest {
    private static final FunctionDefinition DATA_ACCESS = defineFunction(DataAccessHandler.class);
    private static final FunctionDefinition REPORTER = defineFunction(
            FunctionProps.builder(DataAccessHandler.class).name("reporter").build());

    public static final class DataAccessHandler implements RequestHandler<String, String> {
        @Override
        public String handleRequest(String input, Context context) {
            return input;
        }
    }

    private static DataDefinition dataGranting(FunctionDefinition function) {
        return defineData(DataProps.of(a.schema(model("Todo", a.model(field("name", a.string()))))
                .authorization(allow -> List.of(allow.publicApiKey(), allow.resource(function)))));
    }

    private static DataDefinition publicData() {
        return defineData(DataProps.of(a.schema(model("Todo", a.model(field("name", a.string()))))
                .authorization(allow -> List.of(allow.publicApiKey()))));
    }

    @Test
    void backendWithoutFunctionsStillWorks() {
        assertThat(Backend.of(publicData()).functions()).isEmpty();
    }

    @Test
    void holdsItsFunctionsAndTellsWhichAreGranted() {
        Backend backend = Backend.of(dataGranting(DATA_ACCESS), DATA_ACCESS, REPORTER);

        assertThat(backend.functions()).containsExactly(DATA_ACCESS, REPORTER);
        assertThat(backend.function("reporter")).contains(REPORTER);
        assertThat(backend.function("missing")).isEmpty();
        assertThat(backend.grant(DATA_ACCESS)).contains(
                new ResourceGrant("data-access", Set.of(ResourceOperation.values())));
        assertThat(backend.grant(REPORTER)).isEmpty();
    }

    @Test
    void rejectsGrantToAFunctionNotInTheBackend() {
        assertThatThrownBy(() -> Backend.of(dataGranting(DATA_ACCESS), REPORTER))
                .isExactlyInstanceOf(BackendException.class)
                .hasMessage("The schema grants data access to function `data-access`, which is not in the backend."
                        + " Pass that function to `Backend.of(data, ...)` too.");
    }

    @Test
    void rejectsTwoFunctionsWithTheSameName() {
        FunctionDefinition other = new FunctionDefinition("reporter", "Other", 3, 512, Map.of(), List.of());

        assertThatThrownBy(() -> Backend.of(publicData(), REPORTER, other))
                .isExactlyInstanceOf(BackendException.class)
                .hasMessage("Two functions are named `reporter`. Give each function a unique name with"
                        + " `FunctionProps.builder(...).name(...)`.");
    }

    @Test
    void exposesTheDefineDataName() {
        assertThat(publicData().name()).isEqualTo("amplifyData");
        DataDefinition named = defineData(DataProps.builder(a.schema(model("Todo", a.model(field("n", a.string()))))
                .authorization(allow -> List.of(allow.publicApiKey()))).name("myApi").build());
        assertThat(named.name()).isEqualTo("myApi");
    }

    @Test
    void givesGrantedFunctionsTheDocumentedAndAmplifysRuntimeEndpointVariables() {
        EndpointVariableNames names = publicData().endpointVariableNames();

        assertThat(names).isEqualTo(new EndpointVariableNames("amplifyData_GRAPHQL_ENDPOINT",
                "AMPLIFY_DATA_GRAPHQL_ENDPOINT", "amplifyData"));
        assertThat(names.values("http://127.0.0.1:20002/graphql")).containsExactly(
                Map.entry("amplifyData_GRAPHQL_ENDPOINT", "http://127.0.0.1:20002/graphql"),
                Map.entry("AMPLIFY_DATA_GRAPHQL_ENDPOINT", "http://127.0.0.1:20002/graphql"),
                Map.entry("AMPLIFY_DATA_DEFAULT_NAME", "amplifyData"));
    }

    @Test
    void spellsCustomNamesAsAmplifysRuntimeDoes() {
        assertThat(EndpointVariableNames.of("myApi")).isEqualTo(new EndpointVariableNames("myApi_GRAPHQL_ENDPOINT",
                "AMPLIFY_DATAMY_API_GRAPHQL_ENDPOINT", "amplifyDatamyApi"));
        assertThat(EndpointVariableNames.of("TodoAPI").amplifyGraphqlEndpoint())
                .isEqualTo("AMPLIFY_DATA_TODO_API_GRAPHQL_ENDPOINT");
        assertThat(EndpointVariableNames.of("api_v2").amplifyGraphqlEndpoint())
                .isEqualTo("AMPLIFY_DATAAPI_V_2_GRAPHQL_ENDPOINT");
    }
}
