package com.amplifyframework.datastore.generated.model;

import androidx.annotation.NonNull;
import androidx.annotation.Nullable;

import com.amplifyframework.core.model.ModelPath;
import com.amplifyframework.core.model.PropertyPath;

/** This is an auto generated class representing the ModelPath for the Item type in your schema. */
public final class ItemPath extends ModelPath<Item> {
  private StorePath store;
  ItemPath(@NonNull String name, @NonNull Boolean isCollection, @Nullable PropertyPath parent) {
    super(name, isCollection, parent, Item.class);
  }
  
  public synchronized StorePath getStore() {
    if (store == null) {
      store = new StorePath("store", false, this);
    }
    return store;
  }
}
