package dev.forte.transform.internal;

import dev.forte.transform.internal.SdlDocument.Kind;
import java.util.List;

/** The inputs and enums every Gen 2 AppSync schema declares, whatever its models. */
final class SharedInputs {
    private static final List<String> COMPARISONS = List.of("ne", "eq", "le", "lt", "ge", "gt");
    private static final List<String> EQUALITY = List.of("ne", "eq");

    private SharedInputs() {}

    /** Adds the shared definitions in Amplify's order. */
    static void addTo(SdlDocument doc) {
        doc.add(Kind.INPUT, "AmplifyAIConversationTurnErrorInput")
                .field("errorType", "String!")
                .field("message", "String!");
        stringLike(doc, "ModelStringInput", "String");
        numeric(doc, "ModelIntInput", "Int");
        numeric(doc, "ModelFloatInput", "Float");
        attributeChecks(comparisons(doc.add(Kind.INPUT, "ModelBooleanInput"), EQUALITY, "Boolean"));
        stringLike(doc, "ModelIDInput", "ID");
        subscriptionStringLike(doc, "ModelSubscriptionStringInput", "String");
        subscriptionNumeric(doc, "ModelSubscriptionIntInput", "Int");
        subscriptionNumeric(doc, "ModelSubscriptionFloatInput", "Float");
        comparisons(doc.add(Kind.INPUT, "ModelSubscriptionBooleanInput"), EQUALITY, "Boolean");
        subscriptionStringLike(doc, "ModelSubscriptionIDInput", "ID");
        SdlDocument.Definition attributeTypes = doc.add(Kind.ENUM, "ModelAttributeTypes");
        List.of("binary", "binarySet", "bool", "list", "map", "number", "numberSet", "string", "stringSet", "_null")
                .forEach(attributeTypes::value);
        comparisons(doc.add(Kind.INPUT, "ModelSizeInput"), COMPARISONS, "Int").field("between", "[Int]");
        doc.add(Kind.ENUM, "ModelSortDirection").value("ASC").value("DESC");
    }

    private static void stringLike(SdlDocument doc, String name, String type) {
        SdlDocument.Definition input = comparisons(doc.add(Kind.INPUT, name), COMPARISONS, type)
                .field("contains", type)
                .field("notContains", type)
                .field("between", "[" + type + "]")
                .field("beginsWith", type);
        attributeChecks(input).field("size", "ModelSizeInput");
    }

    private static void numeric(SdlDocument doc, String name, String type) {
        attributeChecks(comparisons(doc.add(Kind.INPUT, name), COMPARISONS, type).field("between", "[" + type + "]"));
    }

    private static void subscriptionStringLike(SdlDocument doc, String name, String type) {
        comparisons(doc.add(Kind.INPUT, name), COMPARISONS, type)
                .field("contains", type)
                .field("notContains", type)
                .field("between", "[" + type + "]")
                .field("beginsWith", type)
                .field("in", "[" + type + "]")
                .field("notIn", "[" + type + "]");
    }

    private static void subscriptionNumeric(SdlDocument doc, String name, String type) {
        comparisons(doc.add(Kind.INPUT, name), COMPARISONS, type)
                .field("between", "[" + type + "]")
                .field("in", "[" + type + "]")
                .field("notIn", "[" + type + "]");
    }

    private static SdlDocument.Definition comparisons(SdlDocument.Definition input, List<String> operators, String type) {
        operators.forEach(operator -> input.field(operator, type));
        return input;
    }

    private static SdlDocument.Definition attributeChecks(SdlDocument.Definition input) {
        return input.field("attributeExists", "Boolean").field("attributeType", "ModelAttributeTypes");
    }
}
