package com.amplifyframework.datastore.generated.model;


import androidx.core.util.ObjectsCompat;

import java.util.Objects;
import java.util.List;

/** This is an auto generated class representing the InlineTypeReturnType type in your schema. */
public final class InlineTypeReturnType {
  private final Integer count;
  private final String label;
  public Integer getCount() {
      return count;
  }
  
  public String getLabel() {
      return label;
  }
  
  private InlineTypeReturnType(Integer count, String label) {
    this.count = count;
    this.label = label;
  }
  
  @Override
   public boolean equals(Object obj) {
      if (this == obj) {
        return true;
      } else if(obj == null || getClass() != obj.getClass()) {
        return false;
      } else {
      InlineTypeReturnType inlineTypeReturnType = (InlineTypeReturnType) obj;
      return ObjectsCompat.equals(getCount(), inlineTypeReturnType.getCount()) &&
              ObjectsCompat.equals(getLabel(), inlineTypeReturnType.getLabel());
      }
  }
  
  @Override
   public int hashCode() {
    return new StringBuilder()
      .append(getCount())
      .append(getLabel())
      .toString()
      .hashCode();
  }
  
  public static LabelStep builder() {
      return new Builder();
  }
  
  public CopyOfBuilder copyOfBuilder() {
    return new CopyOfBuilder(count,
      label);
  }
  public interface LabelStep {
    BuildStep label(String label);
  }
  

  public interface BuildStep {
    InlineTypeReturnType build();
    BuildStep count(Integer count);
  }
  

  public static class Builder implements LabelStep, BuildStep {
    private String label;
    private Integer count;
    public Builder() {
      
    }
    
    private Builder(Integer count, String label) {
      this.count = count;
      this.label = label;
    }
    
    @Override
     public InlineTypeReturnType build() {
        
        return new InlineTypeReturnType(
          count,
          label);
    }
    
    @Override
     public BuildStep label(String label) {
        Objects.requireNonNull(label);
        this.label = label;
        return this;
    }
    
    @Override
     public BuildStep count(Integer count) {
        this.count = count;
        return this;
    }
  }
  

  public final class CopyOfBuilder extends Builder {
    private CopyOfBuilder(Integer count, String label) {
      super(count, label);
      Objects.requireNonNull(label);
    }
    
    @Override
     public CopyOfBuilder label(String label) {
      return (CopyOfBuilder) super.label(label);
    }
    
    @Override
     public CopyOfBuilder count(Integer count) {
      return (CopyOfBuilder) super.count(count);
    }
  }
  
}
