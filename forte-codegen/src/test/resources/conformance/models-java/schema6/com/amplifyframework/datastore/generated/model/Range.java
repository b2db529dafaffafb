package com.amplifyframework.datastore.generated.model;


import androidx.core.util.ObjectsCompat;

import java.util.Objects;
import java.util.List;

/** This is an auto generated class representing the Range type in your schema. */
public final class Range {
  private final Integer from;
  private final Integer to;
  public Integer getFrom() {
      return from;
  }
  
  public Integer getTo() {
      return to;
  }
  
  private Range(Integer from, Integer to) {
    this.from = from;
    this.to = to;
  }
  
  @Override
   public boolean equals(Object obj) {
      if (this == obj) {
        return true;
      } else if(obj == null || getClass() != obj.getClass()) {
        return false;
      } else {
      Range range = (Range) obj;
      return ObjectsCompat.equals(getFrom(), range.getFrom()) &&
              ObjectsCompat.equals(getTo(), range.getTo());
      }
  }
  
  @Override
   public int hashCode() {
    return new StringBuilder()
      .append(getFrom())
      .append(getTo())
      .toString()
      .hashCode();
  }
  
  public static BuildStep builder() {
      return new Builder();
  }
  
  public CopyOfBuilder copyOfBuilder() {
    return new CopyOfBuilder(from,
      to);
  }
  public interface BuildStep {
    Range build();
    BuildStep from(Integer from);
    BuildStep to(Integer to);
  }
  

  public static class Builder implements BuildStep {
    private Integer from;
    private Integer to;
    public Builder() {
      
    }
    
    private Builder(Integer from, Integer to) {
      this.from = from;
      this.to = to;
    }
    
    @Override
     public Range build() {
        
        return new Range(
          from,
          to);
    }
    
    @Override
     public BuildStep from(Integer from) {
        this.from = from;
        return this;
    }
    
    @Override
     public BuildStep to(Integer to) {
        this.to = to;
        return this;
    }
  }
  

  public final class CopyOfBuilder extends Builder {
    private CopyOfBuilder(Integer from, Integer to) {
      super(from, to);
      
    }
    
    @Override
     public CopyOfBuilder from(Integer from) {
      return (CopyOfBuilder) super.from(from);
    }
    
    @Override
     public CopyOfBuilder to(Integer to) {
      return (CopyOfBuilder) super.to(to);
    }
  }
  
}
