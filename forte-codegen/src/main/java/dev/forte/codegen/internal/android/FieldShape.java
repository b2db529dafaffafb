package dev.forte.codegen.internal.android;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A field as Amplify's model generator sees it.
 *
 * @param type the named type, e.g. {@code String}, {@code Status}, {@code Post}
 * @param nullable whether the value (the element, for a list) may be null
 * @param listNullable whether a list may itself be null; null for a field that is not a list
 * @param readOnly true for the timestamps the generator adds
 * @param connection the relationship the field stands for, if any
 */
record FieldShape(String name, String type, boolean nullable, boolean list, @Nullable Boolean listNullable,
        List<Directive> directives, boolean readOnly, @Nullable Connection connection) {

    FieldShape {
        directives = List.copyOf(directives);
    }

    static FieldShape scalar(String name, String type, boolean nullable) {
        return new FieldShape(name, type, nullable, false, null, List.of(), false, null);
    }

    /** Returns true when the builder must be given a value: the list's nullability for a list, else the value's. */
    boolean required() {
        return list ? !Boolean.TRUE.equals(listNullable) : !nullable;
    }

    Optional<Directive> directive(String directiveName) {
        return directives.stream().filter(d -> d.name().equals(directiveName)).findFirst();
    }

    List<Directive> directives(String directiveName) {
        return directives.stream().filter(d -> d.name().equals(directiveName)).toList();
    }

    FieldShape withNullable(boolean value) {
        return new FieldShape(name, type, value, list, listNullable, directives, readOnly, connection);
    }

    FieldShape withConnection(@Nullable Connection value) {
        return new FieldShape(name, type, nullable, list, listNullable, directives, readOnly, value);
    }

    /** Returns true for a field other than a has-many or has-one: one the model stores itself. */
    boolean stored() {
        return connection == null || connection.kind() == Connection.Kind.BELONGS_TO;
    }

    /** Returns true for a stored field the builder sets (not a read-only timestamp). */
    boolean writable() {
        return stored() && !readOnly;
    }
}
