package dev.forte.server.internal.auth;

import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which auth modes may read a field, from the {@code @aws_*} directives of the built schema (PROTOCOL §2.2):
 * the field's own directives, else its type's, else only the API's default mode.
 */
public final class FieldAccessRules {
    private final AuthMode defaultMode;

    public FieldAccessRules(AuthMode defaultMode) {
        this.defaultMode = defaultMode;
    }

    /** Returns the modes that may read {@code field} of {@code type}. */
    public Set<AuthMode> allowedModes(GraphQLObjectType type, GraphQLFieldDefinition field) {
        Set<AuthMode> fieldModes = modesOf(field.getAppliedDirectives());
        if (!fieldModes.isEmpty()) {
            return fieldModes;
        }
        Set<AuthMode> typeModes = modesOf(type.getAppliedDirectives());
        return typeModes.isEmpty() ? EnumSet.of(defaultMode) : typeModes;
    }

    /** Returns the modes the API accepts: the default mode and every mode a directive of the schema grants. */
    public Set<AuthMode> enabledModes(GraphQLSchema schema) {
        Set<AuthMode> modes = EnumSet.of(defaultMode);
        for (GraphQLNamedType type : schema.getAllTypesAsList()) {
            if (type instanceof GraphQLObjectType objectType && !type.getName().startsWith("__")) {
                modes.addAll(modesOf(objectType.getAppliedDirectives()));
                objectType.getFieldDefinitions().forEach(field -> modes.addAll(modesOf(field.getAppliedDirectives())));
            }
        }
        return modes;
    }

    private static Set<AuthMode> modesOf(List<GraphQLAppliedDirective> directives) {
        Set<AuthMode> modes = EnumSet.noneOf(AuthMode.class);
        for (GraphQLAppliedDirective directive : directives) {
            AuthMode.forDirective(directive.getName()).ifPresent(modes::add);
        }
        return modes;
    }
}
