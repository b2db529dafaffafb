package dev.forte.data.internal;

/**
 * Reads text as the inside of a GraphQL string literal ({@code "…"}), as graphql-js 15 does: Amplify writes
 * {@code @validate} values between quotes without escaping them, so the transformer sees what this returns.
 */
final class GraphqlStringBody {
    private GraphqlStringBody() {}

    /** Returns the string value of {@code "body"}; throws IllegalArgumentException with graphql-js's message. */
    static String read(String body) {
        StringBuilder value = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '"' || c == '\n' || c == '\r') {
                throw new IllegalArgumentException("Syntax Error: Unterminated string.");
            }
            if (c < 0x20 && c != '\t') {
                throw new IllegalArgumentException("Syntax Error: Invalid character within String: \""
                        + String.format("\\u%04X", (int) c) + "\".");
            }
            if (c != '\\') {
                value.append(c);
                continue;
            }
            i = escape(body, i, value);
        }
        return value.toString();
    }

    /** Appends the escape starting at {@code body[at]} (a backslash); returns the index of its last character. */
    private static int escape(String body, int at, StringBuilder value) {
        if (at + 1 == body.length()) {
            throw new IllegalArgumentException("Syntax Error: Unterminated string.");
        }
        char code = body.charAt(at + 1);
        switch (code) {
            case '"', '\\', '/' -> value.append(code);
            case 'b' -> value.append('\b');
            case 'f' -> value.append('\f');
            case 'n' -> value.append('\n');
            case 'r' -> value.append('\r');
            case 't' -> value.append('\t');
            case 'u' -> {
                value.append(unicode(body, at));
                return at + 5;
            }
            default -> throw new IllegalArgumentException("Syntax Error: Invalid character escape sequence: \\"
                    + code + ".");
        }
        return at + 1;
    }

    private static char unicode(String body, int at) {
        String hex = body.substring(at + 2, Math.min(at + 6, body.length()));
        if (!hex.matches("[0-9A-Fa-f]{4}")) {
            throw new IllegalArgumentException("Syntax Error: Invalid Unicode escape sequence: \\u" + hex + ".");
        }
        return (char) Integer.parseInt(hex, 16);
    }
}
