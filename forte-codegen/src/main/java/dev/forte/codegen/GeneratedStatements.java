package dev.forte.codegen;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The files {@link StatementGenerator} made: paths relative to the output directory ({@code queries.graphql},
 * {@code com/example/graphql/Queries.java}) with their contents, sorted by path.
 */
public record GeneratedStatements(Map<String, String> files) {
    public GeneratedStatements {
        files = Collections.unmodifiableMap(new TreeMap<>(files));
    }
}
