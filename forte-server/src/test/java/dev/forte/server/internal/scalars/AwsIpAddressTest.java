package dev.forte.server.internal.scalars;

import static dev.forte.server.internal.scalars.ScalarAssertions.assertAcceptsString;
import static dev.forte.server.internal.scalars.ScalarAssertions.assertRejectsString;

import graphql.schema.GraphQLScalarType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AwsIpAddressTest {
    private static final GraphQLScalarType AWS_IP_ADDRESS = AwsScalars.awsIpAddress();

    @ParameterizedTest
    @ValueSource(strings = {
        "192.0.2.1", "0.0.0.0", "255.255.255.255", "123.12.34.56", "10.0.0.0/8", "192.168.1.0/24", "0.0.0.0/0",
        "1.2.3.4/32"
    })
    void keepsIpv4AddressesWithOptionalCidrPrefixVerbatim(String address) {
        assertAcceptsString(AWS_IP_ADDRESS, address);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "::", "::1", "2001:db8::1", "1a2b:3c4b::1234:4567", "2001:0db8:85a3:0000:0000:8a2e:0370:7334", "fe80::",
        "1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7::", "2001:DB8::1", "::ffff:192.0.2.128", "2001:db8::/32", "::/0",
        "64:ff9b::192.0.2.33/96", "::1/128"
    })
    void keepsIpv6AddressesWithOptionalCidrPrefixVerbatim(String address) {
        assertAcceptsString(AWS_IP_ADDRESS, address);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "localhost", "256.0.0.1", "1.2.3", "1.2.3.4.5", "01.2.3.4", "1.2.3.4/33", "1.2.3.4/", "1.2.3.4/08",
        "1.2.3.4/-1", "1.2.3.4/8/8", "1.2.3.-4", "1..2.3", "2001:db8::1::1", "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7",
        "12345::1", "2001:db8::g", "::1/129", "[::1]", "fe80::1%eth0", "1.2.3.4::", "::192.0.2.1.5", ":::",
        "1:2:3:4:5:6:7:8::", ":1::", " 1.2.3.4", "1.2.3.4 "
    })
    void rejectsAnythingElse(String notAnAddress) {
        assertRejectsString(AWS_IP_ADDRESS, notAnAddress);
    }
}
