package com.amplifyframework.datastore.generated.model;


import androidx.core.util.ObjectsCompat;

import java.util.Objects;
import java.util.List;

/** This is an auto generated class representing the TodoStats type in your schema. */
public final class TodoStats {
  private final Integer total;
  private final Integer done;
  private final List<String> names;
  public Integer getTotal() {
      return total;
  }
  
  public Integer getDone() {
      return done;
  }
  
  public List<String> getNames() {
      return names;
  }
  
  private TodoStats(Integer total, Integer done, List<String> names) {
    this.total = total;
    this.done = done;
    this.names = names;
  }
  
  @Override
   public boolean equals(Object obj) {
      if (this == obj) {
        return true;
      } else if(obj == null || getClass() != obj.getClass()) {
        return false;
      } else {
      TodoStats todoStats = (TodoStats) obj;
      return ObjectsCompat.equals(getTotal(), todoStats.getTotal()) &&
              ObjectsCompat.equals(getDone(), todoStats.getDone()) &&
              ObjectsCompat.equals(getNames(), todoStats.getNames());
      }
  }
  
  @Override
   public int hashCode() {
    return new StringBuilder()
      .append(getTotal())
      .append(getDone())
      .append(getNames())
      .toString()
      .hashCode();
  }
  
  public static TotalStep builder() {
      return new Builder();
  }
  
  public CopyOfBuilder copyOfBuilder() {
    return new CopyOfBuilder(total,
      done,
      names);
  }
  public interface TotalStep {
    BuildStep total(Integer total);
  }
  

  public interface BuildStep {
    TodoStats build();
    BuildStep done(Integer done);
    BuildStep names(List<String> names);
  }
  

  public static class Builder implements TotalStep, BuildStep {
    private Integer total;
    private Integer done;
    private List<String> names;
    public Builder() {
      
    }
    
    private Builder(Integer total, Integer done, List<String> names) {
      this.total = total;
      this.done = done;
      this.names = names;
    }
    
    @Override
     public TodoStats build() {
        
        return new TodoStats(
          total,
          done,
          names);
    }
    
    @Override
     public BuildStep total(Integer total) {
        Objects.requireNonNull(total);
        this.total = total;
        return this;
    }
    
    @Override
     public BuildStep done(Integer done) {
        this.done = done;
        return this;
    }
    
    @Override
     public BuildStep names(List<String> names) {
        this.names = names;
        return this;
    }
  }
  

  public final class CopyOfBuilder extends Builder {
    private CopyOfBuilder(Integer total, Integer done, List<String> names) {
      super(total, done, names);
      Objects.requireNonNull(total);
    }
    
    @Override
     public CopyOfBuilder total(Integer total) {
      return (CopyOfBuilder) super.total(total);
    }
    
    @Override
     public CopyOfBuilder done(Integer done) {
      return (CopyOfBuilder) super.done(done);
    }
    
    @Override
     public CopyOfBuilder names(List<String> names) {
      return (CopyOfBuilder) super.names(names);
    }
  }
  
}
