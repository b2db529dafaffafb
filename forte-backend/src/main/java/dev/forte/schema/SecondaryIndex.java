package dev.forte.schema;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A secondary index ({@code index("category").sortKeys("price").name(..).queryField(..)}) as declared.
 * The transform derives Amplify's defaults for a missing name or query field.
 *
 * @param name the declared index name, or null for Amplify's default ({@code productsByCategoryAndPrice})
 * @param queryField the declared query field, or null for Amplify's default ({@code listProductByCategoryAndPrice})
 * @param queryDisabled true for {@code queryField(null)}: the index gets no query field
 */
public record SecondaryIndex(
        String partitionKey,
        List<String> sortKeys,
        @Nullable String name,
        @Nullable String queryField,
        boolean queryDisabled) {

    public SecondaryIndex {
        sortKeys = List.copyOf(sortKeys);
    }
}
