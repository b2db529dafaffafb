package dev.forte.server.internal.scalars;

import static dev.forte.server.internal.scalars.ScalarAssertions.assertAcceptsString;
import static dev.forte.server.internal.scalars.ScalarAssertions.assertRejectsString;

import graphql.schema.GraphQLScalarType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AwsPhoneTest {
    private static final GraphQLScalarType AWS_PHONE = AwsScalars.awsPhone();

    @ParameterizedTest
    @ValueSource(strings = {
        "+1 206-555-0100", "(206) 555-0100", "206-555-0100", "2065550100", "1 206 555 0100", "1-206-555-0100",
        "+1 (206) 555-0100", "+12065550100", "(206)555-0100", "+44 20 7946 0958", "+33 1 23 45 67 89",
        "+81-3-1234-5678", "+91 98765 43210", "+442079460958"
    })
    void keepsPhoneNumbersVerbatim(String phone) {
        assertAcceptsString(AWS_PHONE, phone);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "phone", "1110004444", "555-0100", "206-555-010", "20655501000", "(206 555-0100", "206) 555-0100",
        "206--555-0100", "206 - 555-0100", "+1 106 555 0100", "206-155-0100", "+44 20", "++44 20 7946 0958",
        "+0 123 456 7890", "206.555.0100", "+44 20 7946 0958 1234", " 206-555-0100", "206-555-0100 ",
        "+1 206-555-0100 ext 5", "2065550100a", "+", "()", "206-555-0100-"
    })
    void rejectsAnythingElse(String notAPhone) {
        assertRejectsString(AWS_PHONE, notAPhone);
    }
}
