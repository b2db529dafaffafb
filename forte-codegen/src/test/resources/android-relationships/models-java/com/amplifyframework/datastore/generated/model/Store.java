package com.amplifyframework.datastore.generated.model;

import com.amplifyframework.core.model.annotations.HasMany;
import com.amplifyframework.core.model.ModelList;
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

/** This is an auto generated class representing the Store type in your schema. */
@SuppressWarnings("all")
@ModelConfig(pluralName = "Stores", type = Model.Type.USER, version = 1, authRules = {
  @AuthRule(allow = AuthStrategy.PUBLIC, provider = "apiKey", operations = { ModelOperation.CREATE, ModelOperation.UPDATE, ModelOperation.DELETE, ModelOperation.READ })
}, hasLazySupport = true)
@Index(name = "undefined", fields = {"storeId","region"})
public final class Store implements Model {
  public static final StorePath rootPath = new StorePath("root", false, null);
  public static final QueryField STORE_ID = field("Store", "storeId");
  public static final QueryField REGION = field("Store", "region");
  private final @ModelField(targetType="ID", isRequired = true) String storeId;
  private final @ModelField(targetType="String", isRequired = true) String region;
  private final @ModelField(targetType="Item") @HasMany(associatedWith = "store", type = Item.class) ModelList<Item> items = null;
  private @ModelField(targetType="AWSDateTime", isReadOnly = true) Temporal.DateTime createdAt;
  private @ModelField(targetType="AWSDateTime", isReadOnly = true) Temporal.DateTime updatedAt;
  private StoreIdentifier storeIdentifier;
  /** @deprecated This API is internal to Amplify and should not be used. */
  @Deprecated
   public StoreIdentifier resolveIdentifier() {
    if (storeIdentifier == null) {
      this.storeIdentifier = new StoreIdentifier(storeId, region);
    }
    return storeIdentifier;
  }
  
  public String getStoreId() {
      return storeId;
  }
  
  public String getRegion() {
      return region;
  }
  
  public ModelList<Item> getItems() {
      return items;
  }
  
  public Temporal.DateTime getCreatedAt() {
      return createdAt;
  }
  
  public Temporal.DateTime getUpdatedAt() {
      return updatedAt;
  }
  
  private Store(String storeId, String region) {
    this.storeId = storeId;
    this.region = region;
  }
  
  @Override
   public boolean equals(Object obj) {
      if (this == obj) {
        return true;
      } else if(obj == null || getClass() != obj.getClass()) {
        return false;
      } else {
      Store store = (Store) obj;
      return ObjectsCompat.equals(getStoreId(), store.getStoreId()) &&
              ObjectsCompat.equals(getRegion(), store.getRegion()) &&
              ObjectsCompat.equals(getCreatedAt(), store.getCreatedAt()) &&
              ObjectsCompat.equals(getUpdatedAt(), store.getUpdatedAt());
      }
  }
  
  @Override
   public int hashCode() {
    return new StringBuilder()
      .append(getStoreId())
      .append(getRegion())
      .append(getCreatedAt())
      .append(getUpdatedAt())
      .toString()
      .hashCode();
  }
  
  @Override
   public String toString() {
    return new StringBuilder()
      .append("Store {")
      .append("storeId=" + String.valueOf(getStoreId()) + ", ")
      .append("region=" + String.valueOf(getRegion()) + ", ")
      .append("createdAt=" + String.valueOf(getCreatedAt()) + ", ")
      .append("updatedAt=" + String.valueOf(getUpdatedAt()))
      .append("}")
      .toString();
  }
  
  public static StoreIdStep builder() {
      return new Builder();
  }
  
  public CopyOfBuilder copyOfBuilder() {
    return new CopyOfBuilder(storeId,
      region);
  }
  public interface StoreIdStep {
    RegionStep storeId(String storeId);
  }
  

  public interface RegionStep {
    BuildStep region(String region);
  }
  

  public interface BuildStep {
    Store build();
  }
  

  public static class Builder implements StoreIdStep, RegionStep, BuildStep {
    private String storeId;
    private String region;
    public Builder() {
      
    }
    
    private Builder(String storeId, String region) {
      this.storeId = storeId;
      this.region = region;
    }
    
    @Override
     public Store build() {
        
        return new Store(
          storeId,
          region);
    }
    
    @Override
     public RegionStep storeId(String storeId) {
        Objects.requireNonNull(storeId);
        this.storeId = storeId;
        return this;
    }
    
    @Override
     public BuildStep region(String region) {
        Objects.requireNonNull(region);
        this.region = region;
        return this;
    }
  }
  

  public final class CopyOfBuilder extends Builder {
    private CopyOfBuilder(String storeId, String region) {
      super(storeId, region);
      Objects.requireNonNull(storeId);
      Objects.requireNonNull(region);
    }
    
    @Override
     public CopyOfBuilder storeId(String storeId) {
      return (CopyOfBuilder) super.storeId(storeId);
    }
    
    @Override
     public CopyOfBuilder region(String region) {
      return (CopyOfBuilder) super.region(region);
    }
  }
  

  public static class StoreIdentifier extends ModelIdentifier<Store> {
    private static final long serialVersionUID = 1L;
    public StoreIdentifier(String storeId, String region) {
      super(storeId, region);
    }
  }
  
}
