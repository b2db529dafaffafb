/* eslint-disable */
// this is an auto generated file. This will be overwritten

export const onCreateAllScalars = /* GraphQL */ `
  subscription OnCreateAllScalars(
    $filter: ModelSubscriptionAllScalarsFilterInput
  ) {
    onCreateAllScalars(filter: $filter) {
      idField
      stringField
      integerField
      floatField
      booleanField
      dateField
      timeField
      datetimeField
      timestampField
      emailField
      jsonField
      phoneField
      urlField
      ipAddressField
      requiredString
      requiredInteger
      requiredDatetime
      stringArray
      requiredElementArray
      requiredArray
      requiredBoth
      emailArray
      stringWithDefault
      integerWithDefault
      floatWithDefault
      booleanWithDefault
      dateWithDefault
      emailWithDefault
      requiredWithDefault
      id
      createdAt
      updatedAt
      __typename
    }
  }
`;
export const onUpdateAllScalars = /* GraphQL */ `
  subscription OnUpdateAllScalars(
    $filter: ModelSubscriptionAllScalarsFilterInput
  ) {
    onUpdateAllScalars(filter: $filter) {
      idField
      stringField
      integerField
      floatField
      booleanField
      dateField
      timeField
      datetimeField
      timestampField
      emailField
      jsonField
      phoneField
      urlField
      ipAddressField
      requiredString
      requiredInteger
      requiredDatetime
      stringArray
      requiredElementArray
      requiredArray
      requiredBoth
      emailArray
      stringWithDefault
      integerWithDefault
      floatWithDefault
      booleanWithDefault
      dateWithDefault
      emailWithDefault
      requiredWithDefault
      id
      createdAt
      updatedAt
      __typename
    }
  }
`;
export const onDeleteAllScalars = /* GraphQL */ `
  subscription OnDeleteAllScalars(
    $filter: ModelSubscriptionAllScalarsFilterInput
  ) {
    onDeleteAllScalars(filter: $filter) {
      idField
      stringField
      integerField
      floatField
      booleanField
      dateField
      timeField
      datetimeField
      timestampField
      emailField
      jsonField
      phoneField
      urlField
      ipAddressField
      requiredString
      requiredInteger
      requiredDatetime
      stringArray
      requiredElementArray
      requiredArray
      requiredBoth
      emailArray
      stringWithDefault
      integerWithDefault
      floatWithDefault
      booleanWithDefault
      dateWithDefault
      emailWithDefault
      requiredWithDefault
      id
      createdAt
      updatedAt
      __typename
    }
  }
`;
