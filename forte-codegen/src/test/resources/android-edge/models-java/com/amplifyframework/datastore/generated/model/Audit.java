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

/** This is an auto generated class representing the Audit type in your schema. */
@SuppressWarnings("all")
@ModelConfig(pluralName = "Audits", type = Model.Type.USER, version = 1, authRules = {
  @AuthRule(allow = AuthStrategy.PUBLIC, provider = "apiKey", operations = { ModelOperation.CREATE, ModelOperation.UPDATE, ModelOperation.DELETE, ModelOperation.READ })
}, hasLazySupport = true)
public final class Audit implements Model {
  public static final AuditPath rootPath = new AuditPath("root", false, null);
  public static final QueryField ID = field("Audit", "id");
  public static final QueryField ACTION = field("Audit", "action");
  public static final QueryField STATUS_STEP = field("Audit", "statusStep");
  public static final QueryField STATUS = field("Audit", "status");
  private final @ModelField(targetType="ID", isRequired = true) String id;
  private final @ModelField(targetType="String") String action;
  private final @ModelField(targetType="String", isRequired = true) String statusStep;
  private final @ModelField(targetType="StatusStep", isRequired = true) StatusStep status;
  private @ModelField(targetType="AWSDateTime", isReadOnly = true) Temporal.DateTime createdOn;
  private @ModelField(targetType="AWSDateTime", isReadOnly = true) Temporal.DateTime updatedOn;
  /** @deprecated This API is internal to Amplify and should not be used. */
  @Deprecated
   public String resolveIdentifier() {
    return id;
  }
  
  public String getId() {
      return id;
  }
  
  public String getAction() {
      return action;
  }
  
  public String getStatusStep() {
      return statusStep;
  }
  
  public StatusStep getStatus() {
      return status;
  }
  
  public Temporal.DateTime getCreatedOn() {
      return createdOn;
  }
  
  public Temporal.DateTime getUpdatedOn() {
      return updatedOn;
  }
  
  private Audit(String id, String action, String statusStep, StatusStep status) {
    this.id = id;
    this.action = action;
    this.statusStep = statusStep;
    this.status = status;
  }
  
  @Override
   public boolean equals(Object obj) {
      if (this == obj) {
        return true;
      } else if(obj == null || getClass() != obj.getClass()) {
        return false;
      } else {
      Audit audit = (Audit) obj;
      return ObjectsCompat.equals(getId(), audit.getId()) &&
              ObjectsCompat.equals(getAction(), audit.getAction()) &&
              ObjectsCompat.equals(getStatusStep(), audit.getStatusStep()) &&
              ObjectsCompat.equals(getStatus(), audit.getStatus()) &&
              ObjectsCompat.equals(getCreatedOn(), audit.getCreatedOn()) &&
              ObjectsCompat.equals(getUpdatedOn(), audit.getUpdatedOn());
      }
  }
  
  @Override
   public int hashCode() {
    return new StringBuilder()
      .append(getId())
      .append(getAction())
      .append(getStatusStep())
      .append(getStatus())
      .append(getCreatedOn())
      .append(getUpdatedOn())
      .toString()
      .hashCode();
  }
  
  @Override
   public String toString() {
    return new StringBuilder()
      .append("Audit {")
      .append("id=" + String.valueOf(getId()) + ", ")
      .append("action=" + String.valueOf(getAction()) + ", ")
      .append("statusStep=" + String.valueOf(getStatusStep()) + ", ")
      .append("status=" + String.valueOf(getStatus()) + ", ")
      .append("createdOn=" + String.valueOf(getCreatedOn()) + ", ")
      .append("updatedOn=" + String.valueOf(getUpdatedOn()))
      .append("}")
      .toString();
  }
  
  public static StatusStepStep builder() {
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
  public static Audit justId(String id) {
    return new Audit(
      id,
      null,
      null,
      null
    );
  }
  
  public CopyOfBuilder copyOfBuilder() {
    return new CopyOfBuilder(id,
      action,
      statusStep,
      status);
  }
  public interface StatusStepStep {
    StatusBuildStep statusStep(String statusStep);
  }
  

  public interface StatusBuildStep {
    BuildStep status(StatusStep status);
  }
  

  public interface BuildStep {
    Audit build();
    BuildStep id(String id);
    BuildStep action(String action);
  }
  

  public static class Builder implements StatusStepStep, StatusBuildStep, BuildStep {
    private String id;
    private String statusStep;
    private StatusStep status;
    private String action;
    public Builder() {
      
    }
    
    private Builder(String id, String action, String statusStep, StatusStep status) {
      this.id = id;
      this.action = action;
      this.statusStep = statusStep;
      this.status = status;
    }
    
    @Override
     public Audit build() {
        String id = this.id != null ? this.id : UUID.randomUUID().toString();
        
        return new Audit(
          id,
          action,
          statusStep,
          status);
    }
    
    @Override
     public StatusBuildStep statusStep(String statusStep) {
        Objects.requireNonNull(statusStep);
        this.statusStep = statusStep;
        return this;
    }
    
    @Override
     public BuildStep status(StatusStep status) {
        Objects.requireNonNull(status);
        this.status = status;
        return this;
    }
    
    @Override
     public BuildStep action(String action) {
        this.action = action;
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
    private CopyOfBuilder(String id, String action, String statusStep, StatusStep status) {
      super(id, action, statusStep, status);
      Objects.requireNonNull(statusStep);
      Objects.requireNonNull(status);
    }
    
    @Override
     public CopyOfBuilder statusStep(String statusStep) {
      return (CopyOfBuilder) super.statusStep(statusStep);
    }
    
    @Override
     public CopyOfBuilder status(StatusStep status) {
      return (CopyOfBuilder) super.status(status);
    }
    
    @Override
     public CopyOfBuilder action(String action) {
      return (CopyOfBuilder) super.action(action);
    }
  }
  

  public static class AuditIdentifier extends ModelIdentifier<Audit> {
    private static final long serialVersionUID = 1L;
    public AuditIdentifier(String id) {
      super(id);
    }
  }
  
}
