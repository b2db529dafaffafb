package com.amplifyframework.datastore.generated.model;

import androidx.annotation.NonNull;
import androidx.annotation.Nullable;

import com.amplifyframework.core.model.ModelPath;
import com.amplifyframework.core.model.PropertyPath;

/** This is an auto generated class representing the ModelPath for the Note type in your schema. */
public final class NotePath extends ModelPath<Note> {
  private TeamPath team;
  NotePath(@NonNull String name, @NonNull Boolean isCollection, @Nullable PropertyPath parent) {
    super(name, isCollection, parent, Note.class);
  }
  
  public synchronized TeamPath getTeam() {
    if (team == null) {
      team = new TeamPath("team", false, this);
    }
    return team;
  }
}
