package dev.forte.server.internal.scalars;

import static dev.forte.server.internal.scalars.ScalarAssertions.assertAcceptsString;
import static dev.forte.server.internal.scalars.ScalarAssertions.assertRejectsString;

import graphql.schema.GraphQLScalarType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AwsEmailTest {
    private static final GraphQLScalarType AWS_EMAIL = AwsScalars.awsEmail();

    @ParameterizedTest
    @ValueSource(strings = {
        "user@example.com", "a@b", "a@b.c", "jeff@amazon.com", "first.last+tag@sub.example.co.uk",
        "x_y-z@example-domain.org", "o'brien@example.ie", "user@localhost", "{weird}!#$%&*=?^`|~@example.com",
        "UPPER@EXAMPLE.COM", "1234@123.45.67.89"
    })
    void keepsEmailAddressesVerbatim(String email) {
        assertAcceptsString(AWS_EMAIL, email);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "plainaddress", "@example.com", "user@", "user@@example.com", "user@example..com", ".user@example.com",
        "user.@example.com", "us..er@example.com", "user@-example.com", "user@example-.com", "user name@example.com",
        "user@exa mple.com", "user@example.com.", "\"quoted\"@example.com", "user@[192.0.2.1]", "user@example_com.org",
        "us(er)@example.com", " user@example.com", "user@example.com "
    })
    void rejectsAnythingElse(String notAnEmail) {
        assertRejectsString(AWS_EMAIL, notAnEmail);
    }
}
