package com.amplifyframework.datastore.generated.model;

import androidx.annotation.NonNull;
import androidx.annotation.Nullable;

import com.amplifyframework.core.model.ModelPath;
import com.amplifyframework.core.model.PropertyPath;

/** This is an auto generated class representing the ModelPath for the Team type in your schema. */
public final class TeamPath extends ModelPath<Team> {
  private MemberPath members;
  private LeadPath lead;
  private NotePath notes;
  TeamPath(@NonNull String name, @NonNull Boolean isCollection, @Nullable PropertyPath parent) {
    super(name, isCollection, parent, Team.class);
  }
  
  public synchronized MemberPath getMembers() {
    if (members == null) {
      members = new MemberPath("members", true, this);
    }
    return members;
  }
  
  public synchronized LeadPath getLead() {
    if (lead == null) {
      lead = new LeadPath("lead", false, this);
    }
    return lead;
  }
  
  public synchronized NotePath getNotes() {
    if (notes == null) {
      notes = new NotePath("notes", true, this);
    }
    return notes;
  }
}
