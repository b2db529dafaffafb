package com.amplifyframework.datastore.generated.model;


import androidx.core.util.ObjectsCompat;

import java.util.Objects;
import java.util.List;

/** This is an auto generated class representing the EventInvocationResponse type in your schema. */
public final class EventInvocationResponse {
  private final Boolean success;
  public Boolean getSuccess() {
      return success;
  }
  
  private EventInvocationResponse(Boolean success) {
    this.success = success;
  }
  
  @Override
   public boolean equals(Object obj) {
      if (this == obj) {
        return true;
      } else if(obj == null || getClass() != obj.getClass()) {
        return false;
      } else {
      EventInvocationResponse eventInvocationResponse = (EventInvocationResponse) obj;
      return ObjectsCompat.equals(getSuccess(), eventInvocationResponse.getSuccess());
      }
  }
  
  @Override
   public int hashCode() {
    return new StringBuilder()
      .append(getSuccess())
      .toString()
      .hashCode();
  }
  
  public static SuccessStep builder() {
      return new Builder();
  }
  
  public CopyOfBuilder copyOfBuilder() {
    return new CopyOfBuilder(success);
  }
  public interface SuccessStep {
    BuildStep success(Boolean success);
  }
  

  public interface BuildStep {
    EventInvocationResponse build();
  }
  

  public static class Builder implements SuccessStep, BuildStep {
    private Boolean success;
    public Builder() {
      
    }
    
    private Builder(Boolean success) {
      this.success = success;
    }
    
    @Override
     public EventInvocationResponse build() {
        
        return new EventInvocationResponse(
          success);
    }
    
    @Override
     public BuildStep success(Boolean success) {
        Objects.requireNonNull(success);
        this.success = success;
        return this;
    }
  }
  

  public final class CopyOfBuilder extends Builder {
    private CopyOfBuilder(Boolean success) {
      super(success);
      Objects.requireNonNull(success);
    }
    
    @Override
     public CopyOfBuilder success(Boolean success) {
      return (CopyOfBuilder) super.success(success);
    }
  }
  
}
