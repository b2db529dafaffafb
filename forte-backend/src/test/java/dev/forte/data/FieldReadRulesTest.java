package dev.forte.data;

import static dev.forte.data.a.field;
import static dev.forte.data.a.model;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forte.schema.AuthOperation;
import dev.forte.schema.ModelOperation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A required field must be readable by every caller who reads the model's other fields, as Amplify's transformer
 * demands once some field has rules of its own (each case was run through the transformer).
 */
class FieldReadRulesTest {
    private static final String MESSAGE = "When using field-level authorization rules you need to add rules to all of"
            + " the model's required fields with at least read permissions. Found model \"Doc\" with required fields"
            + " [\"title\"] missing field-level authorization rules. Give each of them `.authorization(...)` that lets"
            + " the other fields' readers read it too, or make it optional.";

    private static ModelType doc(FieldEntry secret) {
        return a.model(field("title", a.string().required()), secret);
    }

    @Test
    void rejectsRequiredFieldThatAFieldRulesReaderCannotRead() {
        assertThatThrownBy(() -> a.schema(model("Doc", doc(field("secret", a.string()
                        .authorization(allow -> List.of(allow.authenticated()))))
                        .authorization(allow -> List.of(allow.owner())))).toDataSchema())
                .isExactlyInstanceOf(SchemaException.class).hasMessage(MESSAGE);
    }

    @Test
    void rejectsRequiredFieldThatAnotherStaticGroupCannotRead() {
        assertThatThrownBy(() -> a.schema(model("Doc", doc(field("secret", a.string()
                        .authorization(allow -> List.of(allow.groups(List.of("B"))))))
                        .authorization(allow -> List.of(allow.groups(List.of("A")))))).toDataSchema())
                .isExactlyInstanceOf(SchemaException.class).hasMessage(MESSAGE);
    }

    @Test
    void rejectsRequiredFieldBesideARelationshipWithItsOwnRules() {
        assertThatThrownBy(() -> a.schema(
                        model("Team", a.model(field("name", a.string().required()),
                                field("lead", a.hasOne("Lead", "teamId")
                                        .authorization(allow -> List.of(allow.authenticated()))))),
                        model("Lead", a.model(field("teamId", a.id()), field("team", a.belongsTo("Team", "teamId")))))
                .authorization(allow -> List.of(allow.publicApiKey())).toDataSchema())
                .isExactlyInstanceOf(SchemaException.class)
                .hasMessageStartingWith("When using field-level authorization rules").hasMessageContaining(
                        "Found model \"Team\" with required fields [\"name\"] missing field-level authorization rules");
    }

    @Test
    void acceptsWhenSignedInUsersReadTheRequiredFieldForTheirProvidersOtherRoles() {
        var schema = a.schema(model("Doc", doc(field("secret", a.string()
                        .authorization(allow -> List.of(allow.owner()))))
                .authorization(allow -> List.of(allow.authenticated(), allow.owner())))).toDataSchema();

        assertThat(schema.models()).hasSize(1);
    }

    @Test
    void acceptsFieldRuleThatGrantsNoRead() {
        var schema = a.schema(model("Doc", doc(field("note", a.string()
                        .authorization(allow -> List.of(allow.authenticated().to(AuthOperation.CREATE)))))
                .authorization(allow -> List.of(allow.authenticated())))).toDataSchema();

        assertThat(schema.models()).hasSize(1);
    }

    @Test
    void exemptsModelsWithoutSubscriptions() {
        var schema = a.schema(model("Doc", doc(field("secret", a.string()
                        .authorization(allow -> List.of(allow.authenticated()))))
                .disableOperations(ModelOperation.SUBSCRIPTIONS)
                .authorization(allow -> List.of(allow.owner())))).toDataSchema();

        assertThat(schema.models()).hasSize(1);
    }
}
