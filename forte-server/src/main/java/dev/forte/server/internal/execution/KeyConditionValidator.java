package dev.forte.server.internal.execution;

import dev.forte.transform.OperationBinding;
import dev.forte.transform.OperationKind;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Checks the key arguments of a list or index query with the messages of Amplify's resolvers
 * ({@code Query.listProducts.preAuth.1.req.vtl}, {@code Query.listProductByStoreIdAndReleasedOnAndName.req.vtl}).
 */
final class KeyConditionValidator {
    private KeyConditionValidator() {}

    static void validate(OperationBinding binding, Map<String, @Nullable Object> arguments) {
        String sortArgument = binding.sortKeyArgument();
        String partitionKey = binding.keyFields().get(0);
        boolean hasPartition = !isBlank(arguments.get(partitionKey));
        if (sortArgument == null) {
            if (arguments.get("sortDirection") != null) {
                throw ResolverException.invalidArguments(
                        "sortDirection is not supported for List operations without a Sort key defined.");
            }
            return;
        }
        if (binding.kind() == OperationKind.LIST && !hasPartition && arguments.get("sortDirection") != null) {
            throw ResolverException.invalidArguments("When providing argument 'sortDirection' you must also provide "
                    + "argument '" + partitionKey + "'.");
        }
        if (arguments.get(sortArgument) instanceof Map<?, ?> condition) {
            validateSortCondition(binding, sortArgument, condition, hasPartition);
        }
    }

    private static void validateSortCondition(OperationBinding binding, String sortArgument, Map<?, ?> condition,
            boolean hasPartition) {
        List<String> sortFields = binding.keyFields().subList(1, binding.keyFields().size());
        boolean composite = sortFields.size() > 1;
        String partitionKey = binding.keyFields().get(0);
        if (!hasPartition) {
            throw ResolverException.invalidArguments(composite
                    ? "When providing argument '" + sortArgument + "' you must also provide '" + partitionKey + "'."
                    : "When providing argument '" + sortArgument + "' you must also provide arguments " + partitionKey);
        }
        if (condition.size() > 1) {
            throw ResolverException.invalidArguments(
                    "Argument " + sortArgument + " must specify at most one key condition operation.");
        }
        if (condition.containsKey("between") && !(condition.get("between") instanceof List<?> bounds
                && bounds.size() == 2)) {
            throw ResolverException.invalidArguments(
                    "Argument '" + sortArgument + ".between' expects exactly two elements.");
        }
        if (composite) {
            condition.forEach((operation, value) -> validateParts(sortArgument + "." + operation, value, sortFields));
        }
    }

    private static void validateParts(String argument, @Nullable Object value, List<String> sortFields) {
        if (value instanceof List<?> bounds) {
            for (int i = 0; i < bounds.size(); i++) {
                validateParts(argument + "[" + i + "]", bounds.get(i), sortFields);
            }
            return;
        }
        if (!(value instanceof Map<?, ?> parts)) {
            return;
        }
        for (int i = 1; i < sortFields.size(); i++) {
            if (!isBlank(parts.get(sortFields.get(i))) && isBlank(parts.get(sortFields.get(i - 1)))) {
                throw ResolverException.invalidArguments("When providing argument '" + argument + "."
                        + sortFields.get(i) + "' you must also provide '" + argument + "." + sortFields.get(i - 1)
                        + "'.");
            }
        }
    }

    private static boolean isBlank(@Nullable Object value) {
        return value == null || (value instanceof String text && text.isBlank());
    }
}
