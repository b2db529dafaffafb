package com.amplifyframework.datastore.generated.model;
/** Auto generated enum from GraphQL schema. */
@SuppressWarnings("all")
public enum Priority {
  LOW,
  HIGH
}
