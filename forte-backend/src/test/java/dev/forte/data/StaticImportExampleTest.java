package dev.forte.data;

import static dev.forte.backend.Define.defineData;
import static dev.forte.data.a.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.forte.backend.DataProps;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The documented example compiles as written, with one wildcard static import of {@code a}. */
class StaticImportExampleTest {

    @Test
    void wildcardImportReadsLikeAmplify() {
        var schema = a.schema(
                model("Todo", a.model(
                    field("name", a.string().required()),
                    field("description", a.string()),
                    field("priority", a.enumOf("LOW", "HIGH")))))
            .authorization(allow -> List.of(allow.publicApiKey()));
        var data = defineData(DataProps.of(schema));

        assertThat(data.schema().model("Todo").orElseThrow().fields()).hasSize(3);
        assertThat(data.schema().enumType("TodoPriority")).isPresent();
    }
}
