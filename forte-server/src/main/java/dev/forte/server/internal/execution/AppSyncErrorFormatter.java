package dev.forte.server.internal.execution;

import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.InvalidSyntaxError;
import graphql.language.SourceLocation;
import graphql.validation.ValidationError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Writes graphql-java errors the way AppSync does (PROTOCOL §1.2): resolver errors with the keys
 * {@code path, data, errorType, errorInfo, locations, message} in that order; validation errors as
 * {@code path: null, locations, message} in the older graphql-java wording AppSync still uses
 * ({@code Validation error of type FieldUndefined: ... @ 'badfield'}); variable errors with null path and locations,
 * a missing required input field named by its variable as AppSync names it.
 */
final class AppSyncErrorFormatter {
    private static final Pattern NEW_VALIDATION_PREFIX = Pattern.compile("^\\s*Validation error \\([^)]*\\) : ");
    private static final Pattern VARIABLE_PREFIX = Pattern.compile("^Variable '[^']*' has an invalid value: ");
    private static final Pattern MISSING_INPUT_FIELD = Pattern.compile("^Variable ('[^']*') has an invalid value: "
            + "Field '[^']*'(?: of variable '[^']*')? has coerced Null value for NonNull type ('.*')$");

    private AppSyncErrorFormatter() {}

    static List<Map<String, @Nullable Object>> format(List<GraphQLError> errors) {
        List<Map<String, @Nullable Object>> formatted = new ArrayList<>(errors.size());
        for (GraphQLError error : errors) {
            formatted.add(format(error));
        }
        return formatted;
    }

    static Map<String, @Nullable Object> format(GraphQLError error) {
        if (error instanceof AppSyncError appSyncError) {
            return resolverShape(error, appSyncError.appSyncErrorType());
        }
        if (error instanceof ValidationError validationError) {
            return requestShape(locations(error.getLocations()), validationMessage(validationError));
        }
        if (error instanceof InvalidSyntaxError) {
            return requestShape(locations(error.getLocations()), error.getMessage());
        }
        if (error.getErrorType() == ErrorType.ValidationError) {
            return requestShape(null, variableMessage(error.getMessage()));
        }
        return resolverShape(error, null);
    }

    /** Returns AppSync's wording: {@code Validation error of type <Type>: <description> @ '<path>'}. */
    static String validationMessage(ValidationError error) {
        String description = NEW_VALIDATION_PREFIX.matcher(error.getDescription()).replaceFirst("");
        List<String> queryPath = error.getQueryPath();
        String at = queryPath == null || queryPath.isEmpty() ? "" : " @ '" + String.join("/", queryPath) + "'";
        return "Validation error of type " + error.getValidationErrorType() + ": " + description + at;
    }

    /**
     * Returns AppSync's wording of a variable error: a required field missing from an input object names the
     * variable ({@code Variable 'input' has coerced Null value for NonNull type 'ID!'}), not the field.
     */
    static String variableMessage(String message) {
        Matcher missingField = MISSING_INPUT_FIELD.matcher(message);
        if (missingField.matches()) {
            return "Variable " + missingField.group(1) + " has coerced Null value for NonNull type "
                    + missingField.group(2);
        }
        return VARIABLE_PREFIX.matcher(message).replaceFirst("");
    }

    private static Map<String, @Nullable Object> resolverShape(GraphQLError error, @Nullable String errorType) {
        Map<String, @Nullable Object> shape = new LinkedHashMap<>();
        shape.put("path", error.getPath());
        shape.put("data", null);
        shape.put("errorType", errorType);
        shape.put("errorInfo", null);
        shape.put("locations", locations(error.getLocations()));
        shape.put("message", error.getMessage());
        return shape;
    }

    private static Map<String, @Nullable Object> requestShape(@Nullable List<Map<String, @Nullable Object>> locations,
            String message) {
        Map<String, @Nullable Object> shape = new LinkedHashMap<>();
        shape.put("path", null);
        shape.put("locations", locations);
        shape.put("message", message);
        return shape;
    }

    private static @Nullable List<Map<String, @Nullable Object>> locations(@Nullable List<SourceLocation> locations) {
        if (locations == null || locations.isEmpty()) {
            return null;
        }
        List<Map<String, @Nullable Object>> result = new ArrayList<>(locations.size());
        for (SourceLocation location : locations) {
            Map<String, @Nullable Object> map = new LinkedHashMap<>();
            map.put("line", location.getLine());
            map.put("column", location.getColumn());
            map.put("sourceName", null);
            result.add(map);
        }
        return result;
    }
}
