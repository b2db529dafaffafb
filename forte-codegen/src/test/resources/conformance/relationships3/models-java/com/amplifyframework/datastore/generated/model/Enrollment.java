package com.amplifyframework.datastore.generated.model;

import com.amplifyframework.core.model.annotations.BelongsTo;
import com.amplifyframework.core.model.ModelReference;
import com.amplifyframework.core.model.LoadedModelReferenceImpl;
import com.amplifyframework.core.model.temporal.Temporal;
import com.amplifyframework.core.model.ModelIdentifier;

import java.util.List;
import java.util.UUID;
import java.util.Objects;

import androidx.core.util.ObjectsCompat;

import com.amplifyframework.core.model.AuthStrategy;
import com.amplifyframework.core.model.Model;
import com.amplifyframework.core.model.ModelOperation;
import com.amplifyframework.core.model.annotations.AuthRule;
import com.amplifyframework.core.model.annotations.Index;
import com.amplifyframework.core.model.annotations.ModelConfig;
import com.amplifyframework.core.model.annotations.ModelField;
import com.amplifyframework.core.model.query.predicate.QueryField;

import static com.amplifyframework.core.model.query.predicate.QueryField.field;

/** This is an auto generated class representing the Enrollment type in your schema. */
@SuppressWarnings("all")
@ModelConfig(pluralName = "Enrollments", type = Model.Type.USER, version = 1, authRules = {
  @AuthRule(allow = AuthStrategy.PUBLIC, provider = "apiKey", operations = { ModelOperation.CREATE, ModelOperation.UPDATE, ModelOperation.DELETE, ModelOperation.READ })
}, hasLazySupport = true)
public final class Enrollment implements Model {
  public static final EnrollmentPath rootPath = new EnrollmentPath("root", false, null);
  public static final QueryField ID = field("Enrollment", "id");
  public static final QueryField STUDENT = field("Enrollment", "studentId");
  public static final QueryField COURSE = field("Enrollment", "courseId");
  private final @ModelField(targetType="ID", isRequired = true) String id;
  private final @ModelField(targetType="Student") @BelongsTo(targetName = "studentId", targetNames = {"studentId"}, type = Student.class) ModelReference<Student> student;
  private final @ModelField(targetType="Course") @BelongsTo(targetName = "courseId", targetNames = {"courseId"}, type = Course.class) ModelReference<Course> course;
  private @ModelField(targetType="AWSDateTime", isReadOnly = true) Temporal.DateTime createdAt;
  private @ModelField(targetType="AWSDateTime", isReadOnly = true) Temporal.DateTime updatedAt;
  /** @deprecated This API is internal to Amplify and should not be used. */
  @Deprecated
   public String resolveIdentifier() {
    return id;
  }
  
  public String getId() {
      return id;
  }
  
  public ModelReference<Student> getStudent() {
      return student;
  }
  
  public ModelReference<Course> getCourse() {
      return course;
  }
  
  public Temporal.DateTime getCreatedAt() {
      return createdAt;
  }
  
  public Temporal.DateTime getUpdatedAt() {
      return updatedAt;
  }
  
  private Enrollment(String id, ModelReference<Student> student, ModelReference<Course> course) {
    this.id = id;
    this.student = student;
    this.course = course;
  }
  
  @Override
   public boolean equals(Object obj) {
      if (this == obj) {
        return true;
      } else if(obj == null || getClass() != obj.getClass()) {
        return false;
      } else {
      Enrollment enrollment = (Enrollment) obj;
      return ObjectsCompat.equals(getId(), enrollment.getId()) &&
              ObjectsCompat.equals(getStudent(), enrollment.getStudent()) &&
              ObjectsCompat.equals(getCourse(), enrollment.getCourse()) &&
              ObjectsCompat.equals(getCreatedAt(), enrollment.getCreatedAt()) &&
              ObjectsCompat.equals(getUpdatedAt(), enrollment.getUpdatedAt());
      }
  }
  
  @Override
   public int hashCode() {
    return new StringBuilder()
      .append(getId())
      .append(getStudent())
      .append(getCourse())
      .append(getCreatedAt())
      .append(getUpdatedAt())
      .toString()
      .hashCode();
  }
  
  @Override
   public String toString() {
    return new StringBuilder()
      .append("Enrollment {")
      .append("id=" + String.valueOf(getId()) + ", ")
      .append("student=" + String.valueOf(getStudent()) + ", ")
      .append("course=" + String.valueOf(getCourse()) + ", ")
      .append("createdAt=" + String.valueOf(getCreatedAt()) + ", ")
      .append("updatedAt=" + String.valueOf(getUpdatedAt()))
      .append("}")
      .toString();
  }
  
  public static BuildStep builder() {
      return new Builder();
  }
  
  /**
   * WARNING: This method should not be used to build an instance of this object for a CREATE mutation.
   * This is a convenience method to return an instance of the object with only its ID populated
   * to be used in the context of a parameter in a delete mutation or referencing a foreign key
   * in a relationship.
   * @param id the id of the existing item this instance will represent
   * @return an instance of this model with only ID populated
   */
  public static Enrollment justId(String id) {
    return new Enrollment(
      id,
      null,
      null
    );
  }
  
  public CopyOfBuilder copyOfBuilder() {
    return new CopyOfBuilder(id,
      student,
      course);
  }
  public interface BuildStep {
    Enrollment build();
    BuildStep id(String id);
    BuildStep student(Student student);
    BuildStep course(Course course);
  }
  

  public static class Builder implements BuildStep {
    private String id;
    private ModelReference<Student> student;
    private ModelReference<Course> course;
    public Builder() {
      
    }
    
    private Builder(String id, ModelReference<Student> student, ModelReference<Course> course) {
      this.id = id;
      this.student = student;
      this.course = course;
    }
    
    @Override
     public Enrollment build() {
        String id = this.id != null ? this.id : UUID.randomUUID().toString();
        
        return new Enrollment(
          id,
          student,
          course);
    }
    
    @Override
     public BuildStep student(Student student) {
        this.student = new LoadedModelReferenceImpl<>(student);
        return this;
    }
    
    @Override
     public BuildStep course(Course course) {
        this.course = new LoadedModelReferenceImpl<>(course);
        return this;
    }
    
    /**
     * @param id id
     * @return Current Builder instance, for fluent method chaining
     */
    public BuildStep id(String id) {
        this.id = id;
        return this;
    }
  }
  

  public final class CopyOfBuilder extends Builder {
    private CopyOfBuilder(String id, ModelReference<Student> student, ModelReference<Course> course) {
      super(id, student, course);
      
    }
    
    @Override
     public CopyOfBuilder student(Student student) {
      return (CopyOfBuilder) super.student(student);
    }
    
    @Override
     public CopyOfBuilder course(Course course) {
      return (CopyOfBuilder) super.course(course);
    }
  }
  

  public static class EnrollmentIdentifier extends ModelIdentifier<Enrollment> {
    private static final long serialVersionUID = 1L;
    public EnrollmentIdentifier(String id) {
      super(id);
    }
  }
  
}
