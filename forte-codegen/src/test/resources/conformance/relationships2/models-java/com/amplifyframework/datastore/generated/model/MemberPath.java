package com.amplifyframework.datastore.generated.model;

import androidx.annotation.NonNull;
import androidx.annotation.Nullable;

import com.amplifyframework.core.model.ModelPath;
import com.amplifyframework.core.model.PropertyPath;

/** This is an auto generated class representing the ModelPath for the Member type in your schema. */
public final class MemberPath extends ModelPath<Member> {
  private TeamPath team;
  MemberPath(@NonNull String name, @NonNull Boolean isCollection, @Nullable PropertyPath parent) {
    super(name, isCollection, parent, Member.class);
  }
  
  public synchronized TeamPath getTeam() {
    if (team == null) {
      team = new TeamPath("team", false, this);
    }
    return team;
  }
}
