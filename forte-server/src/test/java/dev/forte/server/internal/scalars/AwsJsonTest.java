package dev.forte.server.internal.scalars;

import static dev.forte.server.internal.scalars.ScalarAssertions.assertAcceptsString;
import static dev.forte.server.internal.scalars.ScalarAssertions.assertRejectsString;
import static dev.forte.server.internal.scalars.ScalarAssertions.parseLiteral;
import static dev.forte.server.internal.scalars.ScalarAssertions.parseVariable;
import static dev.forte.server.internal.scalars.ScalarAssertions.serialize;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import graphql.language.IntValue;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AwsJsonTest {
    private static final GraphQLScalarType AWS_JSON = AwsScalars.awsJson();

    @ParameterizedTest
    @ValueSource(strings = {
        "{}", "[]", "{\"upvotes\": 10}", "[1,2,3]", "\"AWSJSON example string\"", "1", "-1.5e3", "true", "false",
        "null", " {\"a\": [1, {\"b\": null}]}\n", "{\"a\":1,\"a\":2}", "\"\\u00e9\""
    })
    void keepsJsonTextVerbatim(String json) {
        assertAcceptsString(AWS_JSON, json);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "   ", "{a: 1}", "{'a': 1}", "Unquoted string", "{\"a\": 1} trailing", "{\"a\": 1,}", "[1,2", "NaN",
        "01", "{\"a\":1}{\"b\":2}", "// comment\n{}", "'single'", "{\"a\": undefined}"
    })
    void rejectsInvalidJson(String notJson) {
        assertRejectsString(AWS_JSON, notJson);
    }

    @Test
    void rejectsVariablesThatAreNotStringsOfJson() {
        assertThatThrownBy(() -> parseVariable(AWS_JSON, Map.of("upvotes", 10)))
                .isInstanceOf(CoercingParseValueException.class)
                .hasMessageStartingWith("Unable to parse `{upvotes=10}` as a valid AWSJSON: expected a string");
    }

    @Test
    void rejectsObjectLiteralsAsAppSyncDoes() {
        ObjectValue literal = ObjectValue.newObjectValue()
                .objectField(new ObjectField("upvotes", new IntValue(BigInteger.TEN)))
                .build();

        assertThatThrownBy(() -> parseLiteral(AWS_JSON, literal))
                .isInstanceOf(CoercingParseLiteralException.class)
                .hasMessageStartingWith("Unable to parse `{upvotes : 10}` as a valid AWSJSON");
    }

    @Test
    void serializesResolverObjectsAsJsonText() {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("upvotes", 10);
        item.put("tags", List.of("a", "b"));
        item.put("missing", null);

        assertThat(serialize(AWS_JSON, item)).isEqualTo("{\"upvotes\":10,\"tags\":[\"a\",\"b\"],\"missing\":null}");
        assertThat(serialize(AWS_JSON, List.of(1, 2, 3))).isEqualTo("[1,2,3]");
        assertThat(serialize(AWS_JSON, 42)).isEqualTo("42");
        assertThat(serialize(AWS_JSON, true)).isEqualTo("true");
    }

    @Test
    void refusesToSerializeObjectsJacksonCannotWrite() {
        assertThatThrownBy(() -> serialize(AWS_JSON, new Object()))
                .isInstanceOf(CoercingSerializeException.class)
                .hasMessageStartingWith("Unable to serialize `java.lang.Object@");
    }
}
