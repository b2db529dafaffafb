package dev.forte.codegen.internal.statements;

import graphql.language.Type;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One selected field: its name, its schema type ({@code null} for {@code __typename}) and, for an object, the
 * fields selected below it.
 */
public record Selection(String name, @Nullable Type<?> schemaType, List<Selection> children) {
    static final String TYPENAME = "__typename";

    public Selection {
        children = List.copyOf(children);
    }

    static Selection typename() {
        return new Selection(TYPENAME, null, List.of());
    }

    /** Returns whether this is the {@code __typename} meta field. */
    public boolean isTypename() {
        return schemaType == null;
    }

    /** Returns the field's type in the schema; empty for {@code __typename}. */
    public Optional<Type<?>> type() {
        return Optional.ofNullable(schemaType);
    }

    /** Returns whether the field has a sub-selection (it is an object). */
    public boolean hasBody() {
        return !children.isEmpty();
    }
}
