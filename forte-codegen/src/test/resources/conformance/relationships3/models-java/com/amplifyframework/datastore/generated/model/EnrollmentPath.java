package com.amplifyframework.datastore.generated.model;

import androidx.annotation.NonNull;
import androidx.annotation.Nullable;

import com.amplifyframework.core.model.ModelPath;
import com.amplifyframework.core.model.PropertyPath;

/** This is an auto generated class representing the ModelPath for the Enrollment type in your schema. */
public final class EnrollmentPath extends ModelPath<Enrollment> {
  private StudentPath student;
  private CoursePath course;
  EnrollmentPath(@NonNull String name, @NonNull Boolean isCollection, @Nullable PropertyPath parent) {
    super(name, isCollection, parent, Enrollment.class);
  }
  
  public synchronized StudentPath getStudent() {
    if (student == null) {
      student = new StudentPath("student", false, this);
    }
    return student;
  }
  
  public synchronized CoursePath getCourse() {
    if (course == null) {
      course = new CoursePath("course", false, this);
    }
    return course;
  }
}
