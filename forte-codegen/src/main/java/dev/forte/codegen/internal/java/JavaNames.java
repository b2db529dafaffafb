package dev.forte.codegen.internal.java;

import java.util.Locale;
import java.util.Set;

/** Java spellings of GraphQL names. */
final class JavaNames {
    private static final Set<String> RESERVED = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends",
            "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
            "interface", "long", "native", "new", "package", "private", "protected", "public", "return", "short",
            "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try",
            "void", "volatile", "while", "true", "false", "null", "_", "record", "yield", "var",
            // accessor names a record component may not take
            "clone", "finalize", "getClass", "hashCode", "notify", "notifyAll", "toString", "wait");

    private JavaNames() {}

    /** Returns whether {@code name} cannot be a Java identifier or record component as it is. */
    static boolean isReserved(String name) {
        return RESERVED.contains(name);
    }

    /** Returns {@code name} usable as an identifier: a reserved word gets a trailing {@code _}. */
    static String identifier(String name) {
        return isReserved(name) ? name + "_" : name;
    }

    /** Returns a camelCase field name as a constant, e.g. {@code listTodos} as {@code LIST_TODOS}. */
    static String constant(String fieldName) {
        return fieldName.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }

    /** Returns {@code name} with its first letter upper-cased, e.g. for {@code withName}. */
    static String capitalized(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
