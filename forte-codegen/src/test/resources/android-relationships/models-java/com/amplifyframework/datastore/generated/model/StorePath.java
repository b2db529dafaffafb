package com.amplifyframework.datastore.generated.model;

import androidx.annotation.NonNull;
import androidx.annotation.Nullable;

import com.amplifyframework.core.model.ModelPath;
import com.amplifyframework.core.model.PropertyPath;

/** This is an auto generated class representing the ModelPath for the Store type in your schema. */
public final class StorePath extends ModelPath<Store> {
  private ItemPath items;
  StorePath(@NonNull String name, @NonNull Boolean isCollection, @Nullable PropertyPath parent) {
    super(name, isCollection, parent, Store.class);
  }
  
  public synchronized ItemPath getItems() {
    if (items == null) {
      items = new ItemPath("items", true, this);
    }
    return items;
  }
}
