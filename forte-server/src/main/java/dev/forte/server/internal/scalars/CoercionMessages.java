package dev.forte.server.internal.scalars;

/**
 * Error messages for values a scalar rejects. The wording follows AppSync's ("Unable to parse `x` as a valid
 * DateTime Object."), naming the scalar and what it expects; graphql-java prefixes "Variable 'v' has an invalid
 * value: " or "Can't serialize value (/path) : ".
 */
final class CoercionMessages {
    private static final int MAX_SHOWN_LENGTH = 120;

    private CoercionMessages() {}

    static String unableToParse(String shownValue, String scalarName, String expectation) {
        return "Unable to parse `" + truncated(shownValue) + "` as a valid " + scalarName + ": expected " + expectation
                + ".";
    }

    static String unableToSerialize(String shownValue, String scalarName, String expectation) {
        return "Unable to serialize `" + truncated(shownValue) + "` as a valid " + scalarName + ": expected "
                + expectation + ".";
    }

    private static String truncated(String value) {
        return value.length() <= MAX_SHOWN_LENGTH ? value : value.substring(0, MAX_SHOWN_LENGTH) + "…";
    }
}
