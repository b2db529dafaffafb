package dev.forte.data;

import dev.forte.schema.SecondaryIndex;
import java.util.List;

/** The {@code index} of {@code .secondaryIndexes(index -> List.of(index.of("category").sortKeys("price")))}. */
public final class IndexFactory {

    IndexFactory() {}

    /** Returns an index whose partition key is the field {@code partitionKey}: Amplify's {@code index('category')}. */
    public ModelIndex of(String partitionKey) {
        return new ModelIndex(new SecondaryIndex(partitionKey, List.of(), null, null, false));
    }
}
