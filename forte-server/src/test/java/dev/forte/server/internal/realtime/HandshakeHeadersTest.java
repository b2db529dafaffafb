package dev.forte.server.internal.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HandshakeHeadersTest {
    /** PROTOCOL §4.2's encoding example. */
    private static final String ENCODED = "eyJob3N0IjoiYXBpLmV4YW1wbGUuY29tIiwieC1hbXotZGF0ZSI6IjIwMjUwMTAxVDAwMDAwMFoiL"
            + "CJ4LWFwaS1rZXkiOiJkYTItYWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXoifQ";
    private final HandshakeHeaders headers = new HandshakeHeaders(new ObjectMapper());

    @Test
    void readsTheHeaderSubprotocolInBase64UrlWithoutPadding() {
        Map<String, String> read = headers.read(List.of("graphql-ws", " header-" + ENCODED), "", name -> List.of(),
                List.of()).orElseThrow();

        assertThat(read).containsEntry("x-api-key", "da2-abcdefghijklmnopqrstuvwxyz");
        assertThat(read.get("X-Api-Key")).isEqualTo("da2-abcdefghijklmnopqrstuvwxyz");
    }

    @Test
    void readsTheQueryFormWithPaddingAndRawPlusAndSlash() {
        String standard = java.util.Base64.getEncoder().encodeToString("{\"x-api-key\":\"a>>>???\"}".getBytes());
        assertThat(standard).contains("+", "/").endsWith("=");

        Map<String, String> read = headers.read(List.of("graphql-ws"), "header=" + standard + "&payload=e30=",
                name -> List.of(), List.of()).orElseThrow();

        assertThat(read).containsEntry("x-api-key", "a>>>???");
    }

    @Test
    void readsThePercentEncodedQueryForm() {
        Map<String, String> read = headers.read(List.of(), "header=" + ENCODED + "%3D%3D&payload=e30%3D",
                name -> List.of(), List.of()).orElseThrow();

        assertThat(read).containsEntry("host", "api.example.com");
    }

    @Test
    void fallsBackToTheUpgradeHeaders() {
        Map<String, String> read = headers.read(List.of("graphql-ws"), "",
                name -> name.equalsIgnoreCase("x-api-key") ? List.of("da2-key") : List.of(),
                List.of("X-Api-Key", "Host")).orElseThrow();

        assertThat(read).containsEntry("x-api-key", "da2-key").doesNotContainKey("host");
    }

    @Test
    void refusesAnEncodedFormThatIsNotAJsonObjectOfStrings() {
        assertThat(headers.read(List.of("header-!!!"), "", name -> List.of(), List.of())).isEmpty();
        assertThat(headers.read(List.of("header-WzFd"), "", name -> List.of(), List.of())).isEmpty();
    }
}
