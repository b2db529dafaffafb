package dev.forte.transform.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An SDL document under construction, printed in Amplify's layout. Like the transformer's output context, a type
 * keeps the position where it was first added, so the printed order follows the order of creation.
 */
public final class SdlDocument {
    private final Map<String, Definition> definitions = new LinkedHashMap<>();

    /** The kinds of definition the AppSync schema uses. */
    public enum Kind {
        TYPE("type"),
        INPUT("input"),
        ENUM("enum");

        private final String keyword;

        Kind(String keyword) {
            this.keyword = keyword;
        }
    }

    /** An argument or input field: {@code limit: Int}. */
    public record Value(String name, String type) {
        @Override
        public String toString() {
            return name + ": " + type;
        }
    }

    /** A field (or, in an enum, a value when {@code type} is empty) with its arguments and directives. */
    public record Member(String name, List<Value> arguments, String type, List<String> directives) {
        public Member {
            arguments = List.copyOf(arguments);
            directives = List.copyOf(directives);
        }

        static Member plain(String name, String type) {
            return new Member(name, List.of(), type, List.of());
        }

        String print() {
            if (type.isEmpty()) {
                return name;
            }
            String args = arguments.isEmpty() ? ""
                    : arguments.stream().map(Value::toString).collect(Collectors.joining(", ", "(", ")"));
            String dirs = directives.isEmpty() ? "" : " " + String.join(" ", directives);
            return name + args + ": " + type + dirs;
        }
    }

    /** A type definition whose members can still be appended. */
    public static final class Definition {
        private final Kind kind;
        private final String name;
        private final List<String> directives;
        private final List<Member> members = new ArrayList<>();

        Definition(Kind kind, String name, List<String> directives) {
            this.kind = kind;
            this.name = name;
            this.directives = List.copyOf(directives);
        }

        /** Appends a field, argument-less and directive-less. */
        public Definition field(String fieldName, String type) {
            members.add(Member.plain(fieldName, type));
            return this;
        }

        /** Appends a member. */
        public Definition member(Member member) {
            members.add(member);
            return this;
        }

        /** Returns true when a member named {@code memberName} was appended. */
        public boolean hasMember(String memberName) {
            return members.stream().anyMatch(m -> m.name().equals(memberName));
        }

        /** Appends an enum value. */
        public Definition value(String value) {
            members.add(Member.plain(value, ""));
            return this;
        }

        String print() {
            String dirs = directives.isEmpty() ? "" : " " + String.join(" ", directives);
            String body = members.stream().map(m -> "  " + m.print()).collect(Collectors.joining("\n"));
            return kind.keyword + " " + name + dirs + " {\n" + body + "\n}";
        }
    }

    /** Returns true when a definition named {@code name} exists. */
    public boolean has(String name) {
        return definitions.containsKey(name);
    }

    /** Adds a definition, or returns the existing one of that name (Amplify never adds a name twice). */
    public Definition add(Kind kind, String name, List<String> directives) {
        return definitions.computeIfAbsent(name, n -> new Definition(kind, n, directives));
    }

    /** Adds a directive-less definition, or returns the existing one. */
    public Definition add(Kind kind, String name) {
        return add(kind, name, List.of());
    }

    /** Returns the document, definitions separated by a blank line, ending with a newline as Amplify's does. */
    public String print() {
        return definitions.values().stream().map(Definition::print).collect(Collectors.joining("\n\n")) + "\n";
    }
}
