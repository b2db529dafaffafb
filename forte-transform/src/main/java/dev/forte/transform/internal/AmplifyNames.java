package dev.forte.transform.internal;

import java.util.ArrayList;
import java.util.List;

/** The names Amplify's transformer derives for a model's fields, inputs and indexes. */
public final class AmplifyNames {
    private AmplifyNames() {}

    /** Returns {@code word} with its first character upper-cased ({@code toUpper} in graphql-transformer-common). */
    public static String capitalize(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** Returns the words joined in camel case: the first lower-cased, the rest capitalised ({@code toCamelCase}). */
    public static String camelCase(List<String> words) {
        StringBuilder out = new StringBuilder();
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            out.append(out.length() == 0 ? Character.toLowerCase(word.charAt(0)) + word.substring(1) : capitalize(word));
        }
        return out.toString();
    }

    /** Returns the plural Amplify uses for list fields: {@code Todo} → {@code Todos}, {@code Person} → {@code People}. */
    public static String plural(String modelName) {
        return Pluralizer.plural(modelName);
    }

    /** Returns the list query field, e.g. {@code listCategories}. */
    public static String listField(String modelName) {
        return "list" + capitalize(plural(modelName));
    }

    /** Returns the default query field of a secondary index, e.g. {@code listProductByCategoryAndPrice}. */
    public static String defaultIndexQueryField(String modelName, String partitionKey, List<String> sortKeys) {
        StringBuilder out = new StringBuilder("list").append(capitalize(modelName)).append("By")
                .append(capitalize(partitionKey));
        sortKeys.forEach(sortKey -> out.append("And").append(capitalize(sortKey)));
        return out.toString();
    }

    /** Returns the default name of a secondary index, e.g. {@code productsByCategoryAndPrice}. */
    public static String defaultIndexName(String modelName, String partitionKey, List<String> sortKeys) {
        List<String> words = new ArrayList<>(List.of(plural(modelName), "By", partitionKey));
        sortKeys.forEach(sortKey -> {
            words.add("And");
            words.add(sortKey);
        });
        return camelCase(words);
    }

    /** Returns the argument carrying a sort-key condition: the field itself, or the fields in camel case. */
    public static String sortKeyArgument(List<String> sortKeys) {
        return sortKeys.size() == 1 ? sortKeys.get(0) : camelCase(sortKeys);
    }

    /** Returns the composite key condition input, e.g. {@code ModelProductByStoreReleaseNameCompositeKeyConditionInput}. */
    public static String compositeKeyConditionInput(String modelName, String keyName) {
        return "Model" + modelName + capitalize(keyName) + "CompositeKeyConditionInput";
    }

    /** Returns the composite key input, e.g. {@code ModelProductByStoreReleaseNameCompositeKeyInput}. */
    public static String compositeKeyInput(String modelName, String keyName) {
        return "Model" + modelName + capitalize(keyName) + "CompositeKeyInput";
    }
}
