package dev.forte.transform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmplifyNamesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "Todo, Todos",
        "Category, Categories",
        "Address, Addresses",
        "Person, People",
        "BlogPerson, BlogPeople",
        "AllScalars, AllScalars",
        "Status, Statuses",
        "Bus, Buses",
        "Box, Boxes",
        "Quiz, Quizzes",
        "Child, Children",
        "Mouse, Mice",
        "ComputerMouse, ComputerMouses",
        "Knife, Knives",
        "Leaf, Leaves",
        "Day, Days",
        "Key, Keys",
        "Money, Monies",
        "Analysis, Analyses",
        "Index, Indices",
        "Matrix, Matrices",
        "Hero, Heroes",
        "Photo, Photos",
        "Woman, Women",
        "Datum, Data",
        "News, News",
        "Sheep, Sheep",
        "Goldfish, Goldfish",
        "Equipment, Equipment",
        "Human, Humans",
        "Schema, Schemata",
        "TodoItem, TodoItems",
    })
    void pluralisesAsThePluralizeLibrary(String singular, String plural) {
        assertThat(AmplifyNames.plural(singular)).isEqualTo(plural);
    }

    @Test
    void listFieldIsListAndThePlural() {
        assertThat(AmplifyNames.listField("Category")).isEqualTo("listCategories");
        assertThat(AmplifyNames.listField("AllScalars")).isEqualTo("listAllScalars");
    }

    @Test
    void indexDefaultsJoinKeyFieldsWithAnd() {
        assertThat(AmplifyNames.defaultIndexQueryField("Product", "storeId", List.of("releasedOn", "name")))
                .isEqualTo("listProductByStoreIdAndReleasedOnAndName");
        assertThat(AmplifyNames.defaultIndexName("Product", "category", List.of("price")))
                .isEqualTo("productsByCategoryAndPrice");
        assertThat(AmplifyNames.defaultIndexName("Person", "name", List.of())).isEqualTo("peopleByName");
    }

    @Test
    void compositeSortKeyArgumentConcatenatesInCamelCase() {
        assertThat(AmplifyNames.sortKeyArgument(List.of("releasedOn", "name"))).isEqualTo("releasedOnName");
        assertThat(AmplifyNames.sortKeyArgument(List.of("price"))).isEqualTo("price");
        assertThat(AmplifyNames.compositeKeyConditionInput("Product", "byStoreReleaseName"))
                .isEqualTo("ModelProductByStoreReleaseNameCompositeKeyConditionInput");
    }
}
