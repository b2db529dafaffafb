package com.amplifyframework.datastore.generated.model;
/** Auto generated enum from GraphQL schema. */
@SuppressWarnings("all")
public enum Status {
  open,
  IN_PROGRESS
}
