package dev.forte.codegen.internal.statements;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OperationNamesTest {
    @ParameterizedTest
    @CsvSource({
        "getTodo, GetTodo",
        "listProductByStoreIdAndReleasedOnAndName, ListProductByStoreIdAndReleasedOnAndName",
        "getURLPreview, GetUrlPreview",
        "onCreate2FA, OnCreate2Fa",
        "sync_v2Items, SyncV2Items",
        "get2ndPlace, Get2ndPlace",
        "sync_2items, Sync_2items"})
    void pascalCaseSplitsWordsAsChangeCaseDoes(String fieldName, String operationName) {
        assertThat(OperationNames.pascalCase(fieldName)).isEqualTo(operationName);
    }
}
