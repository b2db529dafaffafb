package com.amplifyframework.datastore.generated.model;

import com.amplifyframework.core.model.temporal.Temporal;

import androidx.core.util.ObjectsCompat;

import java.util.Objects;
import java.util.List;

/** This is an auto generated class representing the Event type in your schema. */
public final class Event {
  private final Temporal.DateTime at;
  private final List<Temporal.Date> days;
  private final List<String> tags;
  public Temporal.DateTime getAt() {
      return at;
  }
  
  public List<Temporal.Date> getDays() {
      return days;
  }
  
  public List<String> getTags() {
      return tags;
  }
  
  private Event(Temporal.DateTime at, List<Temporal.Date> days, List<String> tags) {
    this.at = at;
    this.days = days;
    this.tags = tags;
  }
  
  @Override
   public boolean equals(Object obj) {
      if (this == obj) {
        return true;
      } else if(obj == null || getClass() != obj.getClass()) {
        return false;
      } else {
      Event event = (Event) obj;
      return ObjectsCompat.equals(getAt(), event.getAt()) &&
              ObjectsCompat.equals(getDays(), event.getDays()) &&
              ObjectsCompat.equals(getTags(), event.getTags());
      }
  }
  
  @Override
   public int hashCode() {
    return new StringBuilder()
      .append(getAt())
      .append(getDays())
      .append(getTags())
      .toString()
      .hashCode();
  }
  
  public static AtStep builder() {
      return new Builder();
  }
  
  public CopyOfBuilder copyOfBuilder() {
    return new CopyOfBuilder(at,
      days,
      tags);
  }
  public interface AtStep {
    TagsStep at(Temporal.DateTime at);
  }
  

  public interface TagsStep {
    BuildStep tags(List<String> tags);
  }
  

  public interface BuildStep {
    Event build();
    BuildStep days(List<Temporal.Date> days);
  }
  

  public static class Builder implements AtStep, TagsStep, BuildStep {
    private Temporal.DateTime at;
    private List<String> tags;
    private List<Temporal.Date> days;
    public Builder() {
      
    }
    
    private Builder(Temporal.DateTime at, List<Temporal.Date> days, List<String> tags) {
      this.at = at;
      this.days = days;
      this.tags = tags;
    }
    
    @Override
     public Event build() {
        
        return new Event(
          at,
          days,
          tags);
    }
    
    @Override
     public TagsStep at(Temporal.DateTime at) {
        Objects.requireNonNull(at);
        this.at = at;
        return this;
    }
    
    @Override
     public BuildStep tags(List<String> tags) {
        Objects.requireNonNull(tags);
        this.tags = tags;
        return this;
    }
    
    @Override
     public BuildStep days(List<Temporal.Date> days) {
        this.days = days;
        return this;
    }
  }
  

  public final class CopyOfBuilder extends Builder {
    private CopyOfBuilder(Temporal.DateTime at, List<Temporal.Date> days, List<String> tags) {
      super(at, days, tags);
      Objects.requireNonNull(at);
      Objects.requireNonNull(tags);
    }
    
    @Override
     public CopyOfBuilder at(Temporal.DateTime at) {
      return (CopyOfBuilder) super.at(at);
    }
    
    @Override
     public CopyOfBuilder tags(List<String> tags) {
      return (CopyOfBuilder) super.tags(tags);
    }
    
    @Override
     public CopyOfBuilder days(List<Temporal.Date> days) {
      return (CopyOfBuilder) super.days(days);
    }
  }
  
}
