package dev.forte.schema;

import java.util.List;

/**
 * A custom query or mutation ({@code a.query()}, {@code a.mutation()}) answered by a function.
 *
 * @param name the root field's name, e.g. {@code todoSummary}
 * @param arguments the field's arguments in declaration order; a custom type argument is sent as its generated
 *     {@code <Type>Input}
 * @param returns the return type, named after the operation; an {@code .async()} operation returns
 *     {@code EventInvocationResponse}
 * @param authorization the operation's own rules; empty means the schema's rules apply
 */
public record CustomOperation(
        String name,
        OperationType type,
        List<Field> arguments,
        Field returns,
        List<AuthRule> authorization,
        FunctionHandler handler) {

    /** The type every {@code .async()} operation returns: {@code type EventInvocationResponse {success: Boolean!}}. */
    public static final String EVENT_INVOCATION_RESPONSE = "EventInvocationResponse";

    public CustomOperation {
        arguments = List.copyOf(arguments);
        authorization = List.copyOf(authorization);
    }

    /** Returns Amplify's {@code @function} name: {@code Fn<FieldName>}, or the name a string handler gave. */
    public String functionDirectiveName() {
        return handler.namedReference() ? handler.functionName()
                : "Fn" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
