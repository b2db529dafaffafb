import static dev.forte.backend.Define.defineAuth;
import static dev.forte.backend.Define.defineData;
import static dev.forte.data.a.field;
import static dev.forte.data.a.model;

import dev.forte.backend.AuthorizationMode;
import dev.forte.backend.Backend;
import dev.forte.backend.BackendDefinition;
import dev.forte.backend.DataProps;
import dev.forte.data.a;
import java.util.List;

/**
 * relationships3.ts (forte-transform's conformance/relationships3): a model related to itself, and a join model for
 * many-to-many.
 */
public class Relationships3Backend implements BackendDefinition {

    @Override
    public Backend define() {
        var schema = a.schema(
                        model("Category", a.model(
                                field("name", a.string().required()),
                                field("parentId", a.id()),
                                field("parent", a.belongsTo("Category", "parentId")),
                                field("children", a.hasMany("Category", "parentId")))),
                        model("Student", a.model(
                                field("name", a.string()),
                                field("enrollments", a.hasMany("Enrollment", "studentId")))),
                        model("Course", a.model(
                                        field("title", a.string()),
                                        field("enrollments", a.hasMany("Enrollment", "courseId")))
                                .authorization(allow -> List.of(allow.authenticated()))),
                        model("Enrollment", a.model(
                                field("studentId", a.id().required()),
                                field("courseId", a.id().required()),
                                field("student", a.belongsTo("Student", "studentId")),
                                field("course", a.belongsTo("Course", "courseId")))))
                .authorization(allow -> List.of(allow.publicApiKey()));
        return Backend.of(defineAuth(), defineData(DataProps.builder(schema)
                .authorizationModes(AuthorizationMode.API_KEY, 30)
                .build()));
    }
}
