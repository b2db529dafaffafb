package com.amplifyframework.datastore.generated.model;

import androidx.annotation.NonNull;
import androidx.annotation.Nullable;

import com.amplifyframework.core.model.ModelPath;
import com.amplifyframework.core.model.PropertyPath;

/** This is an auto generated class representing the ModelPath for the Lead type in your schema. */
public final class LeadPath extends ModelPath<Lead> {
  private TeamPath team;
  LeadPath(@NonNull String name, @NonNull Boolean isCollection, @Nullable PropertyPath parent) {
    super(name, isCollection, parent, Lead.class);
  }
  
  public synchronized TeamPath getTeam() {
    if (team == null) {
      team = new TeamPath("team", false, this);
    }
    return team;
  }
}
