package dev.forte.codegen.internal.android;

import static dev.forte.codegen.internal.android.Indentation.indentLines;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The {@code authRules = {...}} value of {@code @ModelConfig} and {@code @ModelField}: one {@code @AuthRule} per
 * {@code @auth} rule, with the generator's defaults (user pools, the {@code owner} field, Cognito claims, all four
 * operations). Rules the annotation cannot express (custom, and groups read from a field named {@code groupField})
 * are left out, as the generator leaves them out.
 */
final class AuthRuleText {
    private static final List<String> ALL_OPERATIONS = List.of("create", "update", "delete", "read");
    private static final Map<String, String> OPERATIONS = Map.of("create", "ModelOperation.CREATE",
            "read", "ModelOperation.READ", "update", "ModelOperation.UPDATE", "delete", "ModelOperation.DELETE");

    private AuthRuleText() {}

    /** Returns the rules of the {@code @auth} directives among {@code directives}, or "" when there are none. */
    static String of(List<Directive> directives) {
        List<String> rules = new ArrayList<>();
        for (Directive auth : directives) {
            if (!auth.name().equals("auth") || !(auth.arguments().get("rules") instanceof List<?> list)) {
                continue;
            }
            for (Object rule : list) {
                if (rule instanceof Map<?, ?> map && !(isGroups(map) && truthy(map.get("groupField")))) {
                    String text = rule(map);
                    if (!text.isEmpty()) {
                        rules.add(text);
                    }
                }
            }
        }
        return rules.isEmpty() ? "" : "{\n" + indentLines(String.join(",\n", rules)) + "\n}";
    }

    private static String rule(Map<?, ?> rule) {
        List<String> parts = new ArrayList<>();
        Object provider = rule.get("provider");
        switch (String.valueOf(rule.get("allow"))) {
            case "owner" -> {
                parts.add("allow = AuthStrategy.OWNER");
                parts.add("ownerField = \"" + textOr(rule.get("ownerField"), "owner") + "\"");
                parts.add("identityClaim = \"" + identityClaim(rule) + "\"");
                provider = provider == null ? "userPools" : provider;
            }
            case "private" -> parts.add("allow = AuthStrategy.PRIVATE");
            case "public" -> parts.add("allow = AuthStrategy.PUBLIC");
            case "groups" -> {
                parts.add("allow = AuthStrategy.GROUPS");
                parts.add("groupClaim = \"" + textOr(rule.get("groupClaim"), "cognito:groups") + "\"");
                parts.add(groups(rule));
                provider = provider == null ? "userPools" : provider;
            }
            default -> {
                return "";
            }
        }
        if (provider != null) {
            parts.add("provider = \"" + provider + "\"");
        }
        parts.add("operations = { " + operations(rule) + " }");
        return "@AuthRule(" + String.join(", ", parts) + ")";
    }

    private static String groups(Map<?, ?> rule) {
        if (rule.get("groups") instanceof List<?> groups) {
            return "groups = { " + groups.stream().map(g -> "\"" + g + "\"").collect(Collectors.joining(", ")) + " }";
        }
        if (truthy(rule.get("groups"))) {
            return "groups = { \"" + rule.get("groups") + "\" }";
        }
        return "groupsField = \"" + textOr(rule.get("groupField"), "groups") + "\"";
    }

    private static String identityClaim(Map<?, ?> rule) {
        String claim = textOr(rule.get("identityClaim"), textOr(rule.get("identityField"), "username"));
        return claim.equals("username") ? "cognito:username" : claim;
    }

    private static String operations(Map<?, ?> rule) {
        Object operations = truthy(rule.get("operations")) ? rule.get("operations") : rule.get("mutations");
        List<?> list = operations instanceof List<?> given ? given : ALL_OPERATIONS;
        return list.stream().map(op -> OPERATIONS.getOrDefault(String.valueOf(op), ""))
                .collect(Collectors.joining(", "));
    }

    private static boolean isGroups(Map<?, ?> rule) {
        return "groups".equals(rule.get("allow"));
    }

    private static boolean truthy(@Nullable Object value) {
        return value != null && !"".equals(value) && !Boolean.FALSE.equals(value);
    }

    private static String textOr(@Nullable Object value, String fallback) {
        return truthy(value) ? String.valueOf(value) : fallback;
    }
}
