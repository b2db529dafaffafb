package dev.forte.server.internal.auth.sigv4;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The canonical parts follow amplify-js's {@code getCanonicalUri}, {@code getCanonicalQueryString} and headers. */
class CanonicalRequestTest {

    @Test
    void pathGoesThroughEncodeUriComponentKeepingSlashes() {
        assertThat(CanonicalRequest.canonicalUri("/graphql")).isEqualTo("/graphql");
        assertThat(CanonicalRequest.canonicalUri("/my%20api/graphql")).isEqualTo("/my%2520api/graphql");
        assertThat(CanonicalRequest.canonicalUri("/a(b)!*'~/c d")).isEqualTo("/a(b)!*'~/c%20d");
        assertThat(CanonicalRequest.canonicalUri("/caf\u00e9")).isEqualTo("/caf%C3%A9");
    }

    @Test
    void emptyPathIsSlash() {
        assertThat(CanonicalRequest.canonicalUri("")).isEqualTo("/");
    }

    @Test
    void queryIsDecodedSortedByNameThenValueAndRfc3986Encoded() {
        assertThat(CanonicalRequest.canonicalQuery("b=2&a=z&a=y+x&c&d=%27!%27"))
                .isEqualTo("a=y%20x&a=z&b=2&c=&d=%27%21%27");
        assertThat(CanonicalRequest.canonicalQuery("")).isEmpty();
        assertThat(CanonicalRequest.canonicalQuery("&&x=%zz")).isEqualTo("x=%25zz");
    }

    @Test
    void headerValuesAreTrimmedAndInnerWhitespaceRunsCollapsed() {
        assertThat(CanonicalRequest.canonicalValue(List.of("  a \t b\u00a0\u00a0c  "))).isEqualTo("a b c");
        assertThat(CanonicalRequest.canonicalValue(List.of(" 1 ", "2"))).isEqualTo("1,2");
        assertThat(CanonicalRequest.canonicalValue(List.of())).isEmpty();
    }

    @Test
    void valuesThatOnlyLookCanonicalAreStillCollapsed() {
        assertThat(CanonicalRequest.canonicalValue(List.of("application/json; charset=UTF-8")))
                .isEqualTo("application/json; charset=UTF-8");
        assertThat(CanonicalRequest.canonicalValue(List.of("a  b"))).isEqualTo("a b");
        assertThat(CanonicalRequest.canonicalValue(List.of(" a"))).isEqualTo("a");
        assertThat(CanonicalRequest.canonicalValue(List.of("a "))).isEqualTo("a");
        assertThat(CanonicalRequest.canonicalValue(List.of("a\tb"))).isEqualTo("a b");
        assertThat(CanonicalRequest.canonicalValue(List.of("a\u00a0b"))).isEqualTo("a b");
        assertThat(CanonicalRequest.canonicalValue(List.of(" "))).isEmpty();
        assertThat(CanonicalRequest.canonicalValue(List.of(""))).isEmpty();
    }
}
