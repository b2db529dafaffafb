/* eslint-disable */
// this is an auto generated file. This will be overwritten

export const getAllScalars = /* GraphQL */ `
  query GetAllScalars($id: ID!) {
    getAllScalars(id: $id) {
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
export const listAllScalars = /* GraphQL */ `
  query ListAllScalars(
    $filter: ModelAllScalarsFilterInput
    $limit: Int
    $nextToken: String
  ) {
    listAllScalars(filter: $filter, limit: $limit, nextToken: $nextToken) {
      items {
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
      nextToken
      __typename
    }
  }
`;
