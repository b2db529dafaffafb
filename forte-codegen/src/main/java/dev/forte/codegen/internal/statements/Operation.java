package dev.forte.codegen.internal.statements;

import graphql.language.InputValueDefinition;
import java.util.List;

/**
 * One generated statement: {@code query GetTodo($id: ID!) { getTodo(id: $id) { ... } }}. Every argument of the
 * root field is a variable of the same name.
 *
 * @param type query, mutation or subscription
 * @param name the operation name, the root field in PascalCase ({@code GetTodo})
 * @param variables the root field's arguments in declaration order
 * @param field the root field with its selection
 */
public record Operation(OperationType type, String name, List<InputValueDefinition> variables, Selection field) {
    public Operation {
        variables = List.copyOf(variables);
    }

    /** Returns the root field's name, which is also the name a statement is exported under ({@code getTodo}). */
    public String fieldName() {
        return field.name();
    }
}
