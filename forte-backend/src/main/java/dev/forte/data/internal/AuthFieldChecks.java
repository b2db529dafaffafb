package dev.forte.data.internal;

import dev.forte.data.SchemaException;
import dev.forte.schema.AuthRule;
import dev.forte.schema.Field;
import dev.forte.schema.Model;
import dev.forte.schema.Scalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Checks the fields that owner and group rules read against the fields a model declares. */
final class AuthFieldChecks {
    // Amplify compares auth fields with declared ones after mapping these string-stored scalars to String.
    private static final Set<Scalar> STRING_LIKE = Set.of(Scalar.ID, Scalar.STRING, Scalar.AWS_DATE,
            Scalar.AWS_TIME, Scalar.AWS_DATE_TIME, Scalar.AWS_EMAIL, Scalar.AWS_PHONE, Scalar.AWS_URL,
            Scalar.AWS_IP_ADDRESS);

    private AuthFieldChecks() {}

    /** Throws Amplify's error when a rule's owner or groups field is declared with another type or plurality. */
    static void check(Model model, List<AuthRule> modelRules) {
        List<AuthRule> rules = new ArrayList<>(modelRules);
        model.fields().forEach(field -> rules.addAll(field.authorization()));
        for (AuthRule rule : rules) {
            String name = rule.field();
            if (name == null) {
                continue;
            }
            model.field(name).filter(declared -> conflicts(declared, rule)).ifPresent(declared -> {
                throw new SchemaException("Model `" + model.name() + "`: Implicit field " + name + " conflicts with"
                        + " the explicit field definition. Declare it as `a.string()" + (rule.multiple()
                        ? ".array()" : "") + "` or let the rule add it.");
            });
        }
    }

    static void requireNoFieldRules(String customType, List<Field> fields) {
        fields.stream().filter(f -> !f.authorization().isEmpty()).findFirst().ifPresent(field -> {
            throw new SchemaException("Custom type `" + customType + "` field `" + field.name() + "`: field-level"
                    + " authorization applies to model fields only. Move the rule to the model field that uses"
                    + " the custom type.");
        });
    }

    private static boolean conflicts(Field declared, AuthRule rule) {
        return declared.array() != rule.multiple()
                || !(declared.type() instanceof Scalar scalar && STRING_LIKE.contains(scalar));
    }
}
