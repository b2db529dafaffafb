package dev.forte.codegen;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The language statements are written in, as {@code --statement-target} names it. */
public enum StatementTarget {
    /** {@code queries.graphql}, {@code mutations.graphql}, {@code subscriptions.graphql}. */
    GRAPHQL("graphql"),
    /** {@code queries.ts} and friends, typed with {@code API.ts}. */
    TYPESCRIPT("typescript"),
    /** {@code queries.js} and friends, for aws-amplify JS without types. */
    JAVASCRIPT("javascript"),
    /** {@code Queries.java}, {@code Mutations.java}, {@code Subscriptions.java} and {@code Api.java}: Forte's own. */
    JAVA("java");

    private final String optionValue;

    StatementTarget(String optionValue) {
        this.optionValue = optionValue;
    }

    /** Returns the name {@code --statement-target} takes, e.g. {@code typescript}. */
    public String optionValue() {
        return optionValue;
    }

    /**
     * Returns the target named {@code value}.
     *
     * @throws StatementGenerationException naming the accepted values
     */
    public static StatementTarget fromOptionValue(String value) {
        return Arrays.stream(values())
                .filter(target -> target.optionValue.equals(value))
                .findFirst()
                .orElseThrow(() -> new StatementGenerationException("--statement-target " + value
                        + " is not supported; use one of " + optionValues() + "."));
    }

    /** Returns the accepted names, comma-separated. */
    public static String optionValues() {
        return Arrays.stream(values()).map(StatementTarget::optionValue).collect(Collectors.joining(", "));
    }
}
