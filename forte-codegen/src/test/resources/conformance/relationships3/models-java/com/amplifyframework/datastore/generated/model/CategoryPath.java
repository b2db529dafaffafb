package com.amplifyframework.datastore.generated.model;

import androidx.annotation.NonNull;
import androidx.annotation.Nullable;

import com.amplifyframework.core.model.ModelPath;
import com.amplifyframework.core.model.PropertyPath;

/** This is an auto generated class representing the ModelPath for the Category type in your schema. */
public final class CategoryPath extends ModelPath<Category> {
  private CategoryPath parent;
  private CategoryPath children;
  CategoryPath(@NonNull String name, @NonNull Boolean isCollection, @Nullable PropertyPath parent) {
    super(name, isCollection, parent, Category.class);
  }
  
  public synchronized CategoryPath getParent() {
    if (parent == null) {
      parent = new CategoryPath("parent", false, this);
    }
    return parent;
  }
  
  public synchronized CategoryPath getChildren() {
    if (children == null) {
      children = new CategoryPath("children", true, this);
    }
    return children;
  }
}
