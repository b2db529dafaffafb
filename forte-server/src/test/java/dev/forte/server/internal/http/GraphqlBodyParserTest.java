package dev.forte.server.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.forte.server.internal.execution.GraphqlRequest;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GraphqlBodyParserTest {
    private final GraphqlBodyParser parser = new GraphqlBodyParser(new ObjectMapper());

    @Test
    void readsQueryVariablesAndOperationName() {
        GraphqlRequest request = parse("{\"query\":\"query Q { a }\",\"operationName\":\"Q\",\"variables\":"
                + "{\"id\":\"seed-1\",\"limit\":10,\"big\":12345678901234567890,\"ratio\":0.5,\"done\":false,"
                + "\"input\":{\"tags\":[\"a\",null]},\"none\":null}}");

        assertThat(request.query()).isEqualTo("query Q { a }");
        assertThat(request.operationName()).isEqualTo("Q");
        assertThat(request.variables()).containsEntry("id", "seed-1").containsEntry("limit", 10)
                .containsEntry("big", new BigInteger("12345678901234567890")).containsEntry("ratio", 0.5)
                .containsEntry("done", false).containsEntry("none", null)
                .containsEntry("input", Map.of("tags", Arrays.asList("a", null)));
    }

    @Test
    void treatsMissingOrNullVariablesAsNone() {
        assertThat(parse("{\"query\":\"{ a }\"}").variables()).isEmpty();
        assertThat(parse("{\"query\":\"{ a }\",\"variables\":null}").variables()).isEmpty();
    }

    @Test
    void ignoresAnOperationNameThatIsNotAString() {
        assertThat(parse("{\"query\":\"{ a }\",\"operationName\":7}").operationName()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  \n\t"})
    void rejectsAnEmptyBody(String body) {
        assertThatThrownBy(() -> parse(body)).isInstanceOf(MalformedRequestException.class)
                .hasMessage(GraphqlBodyParser.EMPTY_BODY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not json", "{}", "[]", "null", "1", "\"{ a }\"", "{\"query\":\" \"}",
            "{\"query\":7}", "{\"query\":null}", "{\"query\":\"{ a }\",\"variables\":[]}",
            "{\"query\":\"{ a }\",\"variables\":\"{}\"}", "{\"query\":\"{ a }\"} {}", "{\"query\":\"{ a }\""})
    void rejectsWhatIsNotAGraphqlRequest(String body) {
        assertThatThrownBy(() -> parse(body)).isInstanceOf(MalformedRequestException.class)
                .hasMessage(GraphqlBodyParser.UNPARSABLE);
    }

    private GraphqlRequest parse(String body) {
        return parser.parse(body.getBytes(StandardCharsets.UTF_8));
    }
}
