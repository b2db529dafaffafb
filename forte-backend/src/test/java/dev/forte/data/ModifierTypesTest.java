package dev.forte.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each modifier can be used once: the builder types after a modifier no longer offer it, so misuse does not compile. */
class ModifierTypesTest {

    private static List<String> publicMethods(Class<?> type) {
        return Arrays.stream(type.getMethods())
                .filter(m -> m.getDeclaringClass() != Object.class && Modifier.isPublic(m.getModifiers()))
                .map(Method::getName).distinct().sorted().toList();
    }

    @Test
    void freshScalarOffersEveryModifier() {
        assertThat(publicMethods(ModelField.Scalar.class)).containsExactly("array", "authorization", "default_", "required",
                "validate");
    }

    @Test
    void requiredScalarCanNoLongerBeRequired() {
        assertThat(publicMethods(ModelField.RequiredScalar.class)).containsExactly("array", "authorization", "default_",
                "validate");
    }

    /** As Amplify's types: after {@code .validate(...)}, no {@code .array()}, {@code .default(...)} or second call. */
    @Test
    void validatedScalarTakesOnlyRequiredAndRules() {
        assertThat(publicMethods(ModelField.Defaulted.class)).containsExactly("authorization", "required", "validate");
        assertThat(publicMethods(ModelField.Validated.class)).containsExactly("authorization", "required");
        assertThat(publicMethods(ModelField.RequiredValidated.class)).containsExactly("authorization");
    }

    @Test
    void arraysTakeOnlyTheListRequirement() {
        assertThat(publicMethods(ModelField.Array.class)).containsExactly("authorization", "required");
        assertThat(publicMethods(ModelField.RequiredElementArray.class)).containsExactly("authorization", "required");
    }

    @Test
    void refsTakeNoDefault() {
        assertThat(publicMethods(ModelField.Ref.class)).containsExactly("array", "authorization", "required");
        assertThat(publicMethods(ModelField.RequiredRef.class)).containsExactly("array", "authorization");
    }

    @Test
    void completeFieldOffersNothing() {
        assertThat(publicMethods(ModelField.Complete.class)).isEmpty();
        assertThat(publicMethods(EnumDefinition.class)).isEmpty();
        assertThat(publicMethods(CustomTypeDefinition.class)).isEmpty();
    }

    @Test
    void onlySchemaAllowHasResourceRuleAndExtendsModelAllow() {
        assertThat(publicMethods(ModelAllow.class)).doesNotContain("resource");
        assertThat(publicMethods(SchemaAllow.class)).contains("resource");
        assertThat(ModelAllow.class.isAssignableFrom(SchemaAllow.class)).isTrue();
    }
}
