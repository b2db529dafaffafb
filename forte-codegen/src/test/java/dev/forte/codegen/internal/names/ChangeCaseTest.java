package dev.forte.codegen.internal.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Spellings as the {@code change-case} package (v4) makes them, which Amplify's generated names follow. */
class ChangeCaseTest {

    @ParameterizedTest
    @CsvSource({"ipAddressField, IP_ADDRESS_FIELD", "isDone, IS_DONE", "URLLink, URL_LINK", "due_at, DUE_AT",
            "field2Name, FIELD2_NAME"})
    void constantCaseJoinsUpperCasedWordsWithUnderscores(String name, String expected) {
        assertThat(ChangeCase.constantCase(name)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"isDone, isDone", "due_at, dueAt", "URLLink, urlLink", "Post, post", "AllScalars, allScalars"})
    void camelCaseLowerCasesTheFirstWordAndCapitalisesTheRest(String name, String expected) {
        assertThat(ChangeCase.camelCase(name)).isEqualTo(expected);
    }
}
