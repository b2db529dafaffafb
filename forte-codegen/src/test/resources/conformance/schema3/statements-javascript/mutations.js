/* eslint-disable */
// this is an auto generated file. This will be overwritten

export const createAllScalars = /* GraphQL */ `
  mutation CreateAllScalars(
    $input: CreateAllScalarsInput!
    $condition: ModelAllScalarsConditionInput
  ) {
    createAllScalars(input: $input, condition: $condition) {
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
export const updateAllScalars = /* GraphQL */ `
  mutation UpdateAllScalars(
    $input: UpdateAllScalarsInput!
    $condition: ModelAllScalarsConditionInput
  ) {
    updateAllScalars(input: $input, condition: $condition) {
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
export const deleteAllScalars = /* GraphQL */ `
  mutation DeleteAllScalars(
    $input: DeleteAllScalarsInput!
    $condition: ModelAllScalarsConditionInput
  ) {
    deleteAllScalars(input: $input, condition: $condition) {
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
