package dev.forte.codegen.internal.introspection;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes JSON laid out as JavaScript's {@code JSON.stringify(value, null, indent)} lays it out, as Amplify's tools
 * write their files: {@code "key": value}, one entry a line, and {@code []} / {@code {}} when empty.
 */
public final class JsonText {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonText() {}

    /** Returns {@code tree} indented by {@code indent} spaces a level, with a final newline. */
    public static String write(JsonNode tree, int indent) {
        try {
            return JSON.writer(new StringifyLayout(indent)).writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class StringifyLayout extends DefaultPrettyPrinter {
        private static final long serialVersionUID = 1L;

        StringifyLayout(int indent) {
            super(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
            DefaultIndenter indenter = new DefaultIndenter(" ".repeat(indent), "\n");
            indentArraysWith(indenter);
            indentObjectsWith(indenter);
        }

        private StringifyLayout(StringifyLayout base) {
            super(base);
        }

        @Override
        public DefaultPrettyPrinter createInstance() {
            return new StringifyLayout(this);
        }

        @Override
        public void writeEndObject(JsonGenerator g, int nrOfEntries) throws IOException {
            if (nrOfEntries > 0) {
                super.writeEndObject(g, nrOfEntries);
                return;
            }
            _nesting--;
            g.writeRaw('}');
        }

        @Override
        public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
            if (nrOfValues > 0) {
                super.writeEndArray(g, nrOfValues);
                return;
            }
            _nesting--;
            g.writeRaw(']');
        }
    }
}
