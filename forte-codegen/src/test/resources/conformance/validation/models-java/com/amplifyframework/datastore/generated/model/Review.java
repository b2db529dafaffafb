package com.amplifyframework.datastore.generated.model;

import com.amplifyframework.core.model.temporal.Temporal;
import com.amplifyframework.core.model.ModelIdentifier;

import java.util.List;
import java.util.UUID;
import java.util.Objects;

import androidx.core.util.ObjectsCompat;

import com.amplifyframework.core.model.AuthStrategy;
import com.amplifyframework.core.model.Model;
import com.amplifyframework.core.model.ModelOperation;
import com.amplifyframework.core.model.annotations.AuthRule;
import com.amplifyframework.core.model.annotations.Index;
import com.amplifyframework.core.model.annotations.ModelConfig;
import com.amplifyframework.core.model.annotations.ModelField;
import com.amplifyframework.core.model.query.predicate.QueryField;

import static com.amplifyframework.core.model.query.predicate.QueryField.field;

/** This is an auto generated class representing the Review type in your schema. */
@SuppressWarnings("all")
@ModelConfig(pluralName = "Reviews", type = Model.Type.USER, version = 1, authRules = {
  @AuthRule(allow = AuthStrategy.PUBLIC, provider = "apiKey", operations = { ModelOperation.CREATE, ModelOperation.UPDATE, ModelOperation.DELETE, ModelOperation.READ })
}, hasLazySupport = true)
public final class Review implements Model {
  public static final ReviewPath rootPath = new ReviewPath("root", false, null);
  public static final QueryField ID = field("Review", "id");
  public static final QueryField STARS = field("Review", "stars");
  public static final QueryField BODY = field("Review", "body");
  private final @ModelField(targetType="ID", isRequired = true) String id;
  private final @ModelField(targetType="Int", isRequired = true) Integer stars;
  private final @ModelField(targetType="String") String body;
  private @ModelField(targetType="AWSDateTime", isReadOnly = true) Temporal.DateTime createdAt;
  private @ModelField(targetType="AWSDateTime", isReadOnly = true) Temporal.DateTime updatedAt;
  /** @deprecated This API is internal to Amplify and should not be used. */
  @Deprecated
   public String resolveIdentifier() {
    return id;
  }
  
  public String getId() {
      return id;
  }
  
  public Integer getStars() {
      return stars;
  }
  
  public String getBody() {
      return body;
  }
  
  public Temporal.DateTime getCreatedAt() {
      return createdAt;
  }
  
  public Temporal.DateTime getUpdatedAt() {
      return updatedAt;
  }
  
  private Review(String id, Integer stars, String body) {
    this.id = id;
    this.stars = stars;
    this.body = body;
  }
  
  @Override
   public boolean equals(Object obj) {
      if (this == obj) {
        return true;
      } else if(obj == null || getClass() != obj.getClass()) {
        return false;
      } else {
      Review review = (Review) obj;
      return ObjectsCompat.equals(getId(), review.getId()) &&
              ObjectsCompat.equals(getStars(), review.getStars()) &&
              ObjectsCompat.equals(getBody(), review.getBody()) &&
              ObjectsCompat.equals(getCreatedAt(), review.getCreatedAt()) &&
              ObjectsCompat.equals(getUpdatedAt(), review.getUpdatedAt());
      }
  }
  
  @Override
   public int hashCode() {
    return new StringBuilder()
      .append(getId())
      .append(getStars())
      .append(getBody())
      .append(getCreatedAt())
      .append(getUpdatedAt())
      .toString()
      .hashCode();
  }
  
  @Override
   public String toString() {
    return new StringBuilder()
      .append("Review {")
      .append("id=" + String.valueOf(getId()) + ", ")
      .append("stars=" + String.valueOf(getStars()) + ", ")
      .append("body=" + String.valueOf(getBody()) + ", ")
      .append("createdAt=" + String.valueOf(getCreatedAt()) + ", ")
      .append("updatedAt=" + String.valueOf(getUpdatedAt()))
      .append("}")
      .toString();
  }
  
  public static StarsStep builder() {
      return new Builder();
  }
  
  /**
   * WARNING: This method should not be used to build an instance of this object for a CREATE mutation.
   * This is a convenience method to return an instance of the object with only its ID populated
   * to be used in the context of a parameter in a delete mutation or referencing a foreign key
   * in a relationship.
   * @param id the id of the existing item this instance will represent
   * @return an instance of this model with only ID populated
   */
  public static Review justId(String id) {
    return new Review(
      id,
      null,
      null
    );
  }
  
  public CopyOfBuilder copyOfBuilder() {
    return new CopyOfBuilder(id,
      stars,
      body);
  }
  public interface StarsStep {
    BuildStep stars(Integer stars);
  }
  

  public interface BuildStep {
    Review build();
    BuildStep id(String id);
    BuildStep body(String body);
  }
  

  public static class Builder implements StarsStep, BuildStep {
    private String id;
    private Integer stars;
    private String body;
    public Builder() {
      
    }
    
    private Builder(String id, Integer stars, String body) {
      this.id = id;
      this.stars = stars;
      this.body = body;
    }
    
    @Override
     public Review build() {
        String id = this.id != null ? this.id : UUID.randomUUID().toString();
        
        return new Review(
          id,
          stars,
          body);
    }
    
    @Override
     public BuildStep stars(Integer stars) {
        Objects.requireNonNull(stars);
        this.stars = stars;
        return this;
    }
    
    @Override
     public BuildStep body(String body) {
        this.body = body;
        return this;
    }
    
    /**
     * @param id id
     * @return Current Builder instance, for fluent method chaining
     */
    public BuildStep id(String id) {
        this.id = id;
        return this;
    }
  }
  

  public final class CopyOfBuilder extends Builder {
    private CopyOfBuilder(String id, Integer stars, String body) {
      super(id, stars, body);
      Objects.requireNonNull(stars);
    }
    
    @Override
     public CopyOfBuilder stars(Integer stars) {
      return (CopyOfBuilder) super.stars(stars);
    }
    
    @Override
     public CopyOfBuilder body(String body) {
      return (CopyOfBuilder) super.body(body);
    }
  }
  

  public static class ReviewIdentifier extends ModelIdentifier<Review> {
    private static final long serialVersionUID = 1L;
    public ReviewIdentifier(String id) {
      super(id);
    }
  }
  
}
