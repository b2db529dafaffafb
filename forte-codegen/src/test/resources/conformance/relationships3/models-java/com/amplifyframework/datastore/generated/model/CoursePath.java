package com.amplifyframework.datastore.generated.model;

import androidx.annotation.NonNull;
import androidx.annotation.Nullable;

import com.amplifyframework.core.model.ModelPath;
import com.amplifyframework.core.model.PropertyPath;

/** This is an auto generated class representing the ModelPath for the Course type in your schema. */
public final class CoursePath extends ModelPath<Course> {
  private EnrollmentPath enrollments;
  CoursePath(@NonNull String name, @NonNull Boolean isCollection, @Nullable PropertyPath parent) {
    super(name, isCollection, parent, Course.class);
  }
  
  public synchronized EnrollmentPath getEnrollments() {
    if (enrollments == null) {
      enrollments = new EnrollmentPath("enrollments", true, this);
    }
    return enrollments;
  }
}
