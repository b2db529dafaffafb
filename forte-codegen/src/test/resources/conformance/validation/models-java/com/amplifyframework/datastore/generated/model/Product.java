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

/** This is an auto generated class representing the Product type in your schema. */
@SuppressWarnings("all")
@ModelConfig(pluralName = "Products", type = Model.Type.USER, version = 1, authRules = {
  @AuthRule(allow = AuthStrategy.PUBLIC, provider = "apiKey", operations = { ModelOperation.CREATE, ModelOperation.UPDATE, ModelOperation.DELETE, ModelOperation.READ })
}, hasLazySupport = true)
public final class Product implements Model {
  public static final ProductPath rootPath = new ProductPath("root", false, null);
  public static final QueryField ID = field("Product", "id");
  public static final QueryField NAME = field("Product", "name");
  public static final QueryField SKU = field("Product", "sku");
  public static final QueryField CODE = field("Product", "code");
  public static final QueryField TAG = field("Product", "tag");
  public static final QueryField STATUS = field("Product", "status");
  public static final QueryField QUANTITY = field("Product", "quantity");
  public static final QueryField STOCK = field("Product", "stock");
  public static final QueryField RANK = field("Product", "rank");
  public static final QueryField LEVEL = field("Product", "level");
  public static final QueryField PRICE = field("Product", "price");
  public static final QueryField WEIGHT = field("Product", "weight");
  public static final QueryField DISCOUNT = field("Product", "discount");
  public static final QueryField MARGIN = field("Product", "margin");
  public static final QueryField BALANCE = field("Product", "balance");
  public static final QueryField NOTE = field("Product", "note");
  private final @ModelField(targetType="ID", isRequired = true) String id;
  private final @ModelField(targetType="String", isRequired = true) String name;
  private final @ModelField(targetType="String") String sku;
  private final @ModelField(targetType="String") String code;
  private final @ModelField(targetType="String") String tag;
  private final @ModelField(targetType="String") String status;
  private final @ModelField(targetType="Int") Integer quantity;
  private final @ModelField(targetType="Int", isRequired = true) Integer stock;
  private final @ModelField(targetType="Int") Integer rank;
  private final @ModelField(targetType="Int") Integer level;
  private final @ModelField(targetType="Float") Double price;
  private final @ModelField(targetType="Float", isRequired = true) Double weight;
  private final @ModelField(targetType="Float") Double discount;
  private final @ModelField(targetType="Float") Double margin;
  private final @ModelField(targetType="Int") Integer balance;
  private final @ModelField(targetType="String") String note;
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
  
  public String getName() {
      return name;
  }
  
  public String getSku() {
      return sku;
  }
  
  public String getCode() {
      return code;
  }
  
  public String getTag() {
      return tag;
  }
  
  public String getStatus() {
      return status;
  }
  
  public Integer getQuantity() {
      return quantity;
  }
  
  public Integer getStock() {
      return stock;
  }
  
  public Integer getRank() {
      return rank;
  }
  
  public Integer getLevel() {
      return level;
  }
  
  public Double getPrice() {
      return price;
  }
  
  public Double getWeight() {
      return weight;
  }
  
  public Double getDiscount() {
      return discount;
  }
  
  public Double getMargin() {
      return margin;
  }
  
  public Integer getBalance() {
      return balance;
  }
  
  public String getNote() {
      return note;
  }
  
  public Temporal.DateTime getCreatedAt() {
      return createdAt;
  }
  
  public Temporal.DateTime getUpdatedAt() {
      return updatedAt;
  }
  
  private Product(String id, String name, String sku, String code, String tag, String status, Integer quantity, Integer stock, Integer rank, Integer level, Double price, Double weight, Double discount, Double margin, Integer balance, String note) {
    this.id = id;
    this.name = name;
    this.sku = sku;
    this.code = code;
    this.tag = tag;
    this.status = status;
    this.quantity = quantity;
    this.stock = stock;
    this.rank = rank;
    this.level = level;
    this.price = price;
    this.weight = weight;
    this.discount = discount;
    this.margin = margin;
    this.balance = balance;
    this.note = note;
  }
  
  @Override
   public boolean equals(Object obj) {
      if (this == obj) {
        return true;
      } else if(obj == null || getClass() != obj.getClass()) {
        return false;
      } else {
      Product product = (Product) obj;
      return ObjectsCompat.equals(getId(), product.getId()) &&
              ObjectsCompat.equals(getName(), product.getName()) &&
              ObjectsCompat.equals(getSku(), product.getSku()) &&
              ObjectsCompat.equals(getCode(), product.getCode()) &&
              ObjectsCompat.equals(getTag(), product.getTag()) &&
              ObjectsCompat.equals(getStatus(), product.getStatus()) &&
              ObjectsCompat.equals(getQuantity(), product.getQuantity()) &&
              ObjectsCompat.equals(getStock(), product.getStock()) &&
              ObjectsCompat.equals(getRank(), product.getRank()) &&
              ObjectsCompat.equals(getLevel(), product.getLevel()) &&
              ObjectsCompat.equals(getPrice(), product.getPrice()) &&
              ObjectsCompat.equals(getWeight(), product.getWeight()) &&
              ObjectsCompat.equals(getDiscount(), product.getDiscount()) &&
              ObjectsCompat.equals(getMargin(), product.getMargin()) &&
              ObjectsCompat.equals(getBalance(), product.getBalance()) &&
              ObjectsCompat.equals(getNote(), product.getNote()) &&
              ObjectsCompat.equals(getCreatedAt(), product.getCreatedAt()) &&
              ObjectsCompat.equals(getUpdatedAt(), product.getUpdatedAt());
      }
  }
  
  @Override
   public int hashCode() {
    return new StringBuilder()
      .append(getId())
      .append(getName())
      .append(getSku())
      .append(getCode())
      .append(getTag())
      .append(getStatus())
      .append(getQuantity())
      .append(getStock())
      .append(getRank())
      .append(getLevel())
      .append(getPrice())
      .append(getWeight())
      .append(getDiscount())
      .append(getMargin())
      .append(getBalance())
      .append(getNote())
      .append(getCreatedAt())
      .append(getUpdatedAt())
      .toString()
      .hashCode();
  }
  
  @Override
   public String toString() {
    return new StringBuilder()
      .append("Product {")
      .append("id=" + String.valueOf(getId()) + ", ")
      .append("name=" + String.valueOf(getName()) + ", ")
      .append("sku=" + String.valueOf(getSku()) + ", ")
      .append("code=" + String.valueOf(getCode()) + ", ")
      .append("tag=" + String.valueOf(getTag()) + ", ")
      .append("status=" + String.valueOf(getStatus()) + ", ")
      .append("quantity=" + String.valueOf(getQuantity()) + ", ")
      .append("stock=" + String.valueOf(getStock()) + ", ")
      .append("rank=" + String.valueOf(getRank()) + ", ")
      .append("level=" + String.valueOf(getLevel()) + ", ")
      .append("price=" + String.valueOf(getPrice()) + ", ")
      .append("weight=" + String.valueOf(getWeight()) + ", ")
      .append("discount=" + String.valueOf(getDiscount()) + ", ")
      .append("margin=" + String.valueOf(getMargin()) + ", ")
      .append("balance=" + String.valueOf(getBalance()) + ", ")
      .append("note=" + String.valueOf(getNote()) + ", ")
      .append("createdAt=" + String.valueOf(getCreatedAt()) + ", ")
      .append("updatedAt=" + String.valueOf(getUpdatedAt()))
      .append("}")
      .toString();
  }
  
  public static NameStep builder() {
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
  public static Product justId(String id) {
    return new Product(
      id,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null
    );
  }
  
  public CopyOfBuilder copyOfBuilder() {
    return new CopyOfBuilder(id,
      name,
      sku,
      code,
      tag,
      status,
      quantity,
      stock,
      rank,
      level,
      price,
      weight,
      discount,
      margin,
      balance,
      note);
  }
  public interface NameStep {
    StockStep name(String name);
  }
  

  public interface StockStep {
    WeightStep stock(Integer stock);
  }
  

  public interface WeightStep {
    BuildStep weight(Double weight);
  }
  

  public interface BuildStep {
    Product build();
    BuildStep id(String id);
    BuildStep sku(String sku);
    BuildStep code(String code);
    BuildStep tag(String tag);
    BuildStep status(String status);
    BuildStep quantity(Integer quantity);
    BuildStep rank(Integer rank);
    BuildStep level(Integer level);
    BuildStep price(Double price);
    BuildStep discount(Double discount);
    BuildStep margin(Double margin);
    BuildStep balance(Integer balance);
    BuildStep note(String note);
  }
  

  public static class Builder implements NameStep, StockStep, WeightStep, BuildStep {
    private String id;
    private String name;
    private Integer stock;
    private Double weight;
    private String sku;
    private String code;
    private String tag;
    private String status;
    private Integer quantity;
    private Integer rank;
    private Integer level;
    private Double price;
    private Double discount;
    private Double margin;
    private Integer balance;
    private String note;
    public Builder() {
      
    }
    
    private Builder(String id, String name, String sku, String code, String tag, String status, Integer quantity, Integer stock, Integer rank, Integer level, Double price, Double weight, Double discount, Double margin, Integer balance, String note) {
      this.id = id;
      this.name = name;
      this.sku = sku;
      this.code = code;
      this.tag = tag;
      this.status = status;
      this.quantity = quantity;
      this.stock = stock;
      this.rank = rank;
      this.level = level;
      this.price = price;
      this.weight = weight;
      this.discount = discount;
      this.margin = margin;
      this.balance = balance;
      this.note = note;
    }
    
    @Override
     public Product build() {
        String id = this.id != null ? this.id : UUID.randomUUID().toString();
        
        return new Product(
          id,
          name,
          sku,
          code,
          tag,
          status,
          quantity,
          stock,
          rank,
          level,
          price,
          weight,
          discount,
          margin,
          balance,
          note);
    }
    
    @Override
     public StockStep name(String name) {
        Objects.requireNonNull(name);
        this.name = name;
        return this;
    }
    
    @Override
     public WeightStep stock(Integer stock) {
        Objects.requireNonNull(stock);
        this.stock = stock;
        return this;
    }
    
    @Override
     public BuildStep weight(Double weight) {
        Objects.requireNonNull(weight);
        this.weight = weight;
        return this;
    }
    
    @Override
     public BuildStep sku(String sku) {
        this.sku = sku;
        return this;
    }
    
    @Override
     public BuildStep code(String code) {
        this.code = code;
        return this;
    }
    
    @Override
     public BuildStep tag(String tag) {
        this.tag = tag;
        return this;
    }
    
    @Override
     public BuildStep status(String status) {
        this.status = status;
        return this;
    }
    
    @Override
     public BuildStep quantity(Integer quantity) {
        this.quantity = quantity;
        return this;
    }
    
    @Override
     public BuildStep rank(Integer rank) {
        this.rank = rank;
        return this;
    }
    
    @Override
     public BuildStep level(Integer level) {
        this.level = level;
        return this;
    }
    
    @Override
     public BuildStep price(Double price) {
        this.price = price;
        return this;
    }
    
    @Override
     public BuildStep discount(Double discount) {
        this.discount = discount;
        return this;
    }
    
    @Override
     public BuildStep margin(Double margin) {
        this.margin = margin;
        return this;
    }
    
    @Override
     public BuildStep balance(Integer balance) {
        this.balance = balance;
        return this;
    }
    
    @Override
     public BuildStep note(String note) {
        this.note = note;
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
    private CopyOfBuilder(String id, String name, String sku, String code, String tag, String status, Integer quantity, Integer stock, Integer rank, Integer level, Double price, Double weight, Double discount, Double margin, Integer balance, String note) {
      super(id, name, sku, code, tag, status, quantity, stock, rank, level, price, weight, discount, margin, balance, note);
      Objects.requireNonNull(name);
      Objects.requireNonNull(stock);
      Objects.requireNonNull(weight);
    }
    
    @Override
     public CopyOfBuilder name(String name) {
      return (CopyOfBuilder) super.name(name);
    }
    
    @Override
     public CopyOfBuilder stock(Integer stock) {
      return (CopyOfBuilder) super.stock(stock);
    }
    
    @Override
     public CopyOfBuilder weight(Double weight) {
      return (CopyOfBuilder) super.weight(weight);
    }
    
    @Override
     public CopyOfBuilder sku(String sku) {
      return (CopyOfBuilder) super.sku(sku);
    }
    
    @Override
     public CopyOfBuilder code(String code) {
      return (CopyOfBuilder) super.code(code);
    }
    
    @Override
     public CopyOfBuilder tag(String tag) {
      return (CopyOfBuilder) super.tag(tag);
    }
    
    @Override
     public CopyOfBuilder status(String status) {
      return (CopyOfBuilder) super.status(status);
    }
    
    @Override
     public CopyOfBuilder quantity(Integer quantity) {
      return (CopyOfBuilder) super.quantity(quantity);
    }
    
    @Override
     public CopyOfBuilder rank(Integer rank) {
      return (CopyOfBuilder) super.rank(rank);
    }
    
    @Override
     public CopyOfBuilder level(Integer level) {
      return (CopyOfBuilder) super.level(level);
    }
    
    @Override
     public CopyOfBuilder price(Double price) {
      return (CopyOfBuilder) super.price(price);
    }
    
    @Override
     public CopyOfBuilder discount(Double discount) {
      return (CopyOfBuilder) super.discount(discount);
    }
    
    @Override
     public CopyOfBuilder margin(Double margin) {
      return (CopyOfBuilder) super.margin(margin);
    }
    
    @Override
     public CopyOfBuilder balance(Integer balance) {
      return (CopyOfBuilder) super.balance(balance);
    }
    
    @Override
     public CopyOfBuilder note(String note) {
      return (CopyOfBuilder) super.note(note);
    }
  }
  

  public static class ProductIdentifier extends ModelIdentifier<Product> {
    private static final long serialVersionUID = 1L;
    public ProductIdentifier(String id) {
      super(id);
    }
  }
  
}
