package dev.forte.codegen.internal.types;

/**
 * Text built the way Amplify's types generator prints it, so that blank lines and indents come out the same: a
 * newline is only written after some output, and {@link #newlineIfNeeded()} skips it at the start of a block.
 */
final class CodeBuffer {
    private static final int INDENT_WIDTH = 2;

    private final StringBuilder output = new StringBuilder();
    private int indentLevel;
    private boolean startOfIndentLevel;

    void print(String text) {
        output.append(text);
    }

    void newline() {
        if (!output.isEmpty()) {
            output.append('\n');
            startOfIndentLevel = false;
        }
    }

    void newlineIfNeeded() {
        if (!startOfIndentLevel) {
            newline();
        }
    }

    void printOnNewline(String text) {
        newline();
        output.append(" ".repeat(indentLevel * INDENT_WIDTH));
        output.append(text);
    }

    void withinBlock(Runnable body, String open, String close) {
        print(open);
        indentLevel++;
        startOfIndentLevel = true;
        body.run();
        indentLevel--;
        printOnNewline(close);
    }

    @Override
    public String toString() {
        return output.toString();
    }
}
