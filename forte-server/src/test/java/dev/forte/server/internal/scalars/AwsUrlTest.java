package dev.forte.server.internal.scalars;

import static dev.forte.server.internal.scalars.ScalarAssertions.assertAcceptsString;
import static dev.forte.server.internal.scalars.ScalarAssertions.assertRejectsString;

import graphql.schema.GraphQLScalarType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AwsUrlTest {
    private static final GraphQLScalarType AWS_URL = AwsScalars.awsUrl();

    @ParameterizedTest
    @ValueSource(strings = {
        "https://example.com", "https://www.amazon.com/dp/B000NZW3KC/", "mailto:example@example.com",
        "http://localhost/", "http://localhost:3000/path?q=1&r=2#frag", "ftp://files.example.com/doc.pdf",
        "https://user:pass@example.com:8443/a/b", "urn:isbn:0451450523", "file:///tmp/report.txt",
        "https://192.0.2.1/", "http://[::1]:8080/", "HTTPS://EXAMPLE.COM/Path", "https://example.com/a%20b?x=%2F"
    })
    void keepsUrlsWithASchemeVerbatim(String url) {
        assertAcceptsString(AWS_URL, url);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "example.com", "www.example.com/path", "//example.com", "/relative/path", "not a url", "https://",
        "http:///path", "https:example.com", "https://example.com//double", "https://example.com/a//b",
        "https://exa mple.com", "mailto:", "://example.com", "https://example.com/<tag>"
    })
    void rejectsAnythingElse(String notAUrl) {
        assertRejectsString(AWS_URL, notAUrl);
    }
}
