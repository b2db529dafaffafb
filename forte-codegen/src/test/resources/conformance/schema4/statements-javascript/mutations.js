/* eslint-disable */
// this is an auto generated file. This will be overwritten

export const createPlace = /* GraphQL */ `
  mutation CreatePlace(
    $input: CreatePlaceInput!
    $condition: ModelPlaceConditionInput
  ) {
    createPlace(input: $input, condition: $condition) {
      name
      status
      requiredStatus
      statusHistory
      address {
        street
        city
        zip
        __typename
      }
      previousAddresses {
        street
        city
        zip
        __typename
      }
      priority
      meta {
        source
        tags
        __typename
      }
      id
      createdAt
      updatedAt
      __typename
    }
  }
`;
export const updatePlace = /* GraphQL */ `
  mutation UpdatePlace(
    $input: UpdatePlaceInput!
    $condition: ModelPlaceConditionInput
  ) {
    updatePlace(input: $input, condition: $condition) {
      name
      status
      requiredStatus
      statusHistory
      address {
        street
        city
        zip
        __typename
      }
      previousAddresses {
        street
        city
        zip
        __typename
      }
      priority
      meta {
        source
        tags
        __typename
      }
      id
      createdAt
      updatedAt
      __typename
    }
  }
`;
export const deletePlace = /* GraphQL */ `
  mutation DeletePlace(
    $input: DeletePlaceInput!
    $condition: ModelPlaceConditionInput
  ) {
    deletePlace(input: $input, condition: $condition) {
      name
      status
      requiredStatus
      statusHistory
      address {
        street
        city
        zip
        __typename
      }
      previousAddresses {
        street
        city
        zip
        __typename
      }
      priority
      meta {
        source
        tags
        __typename
      }
      id
      createdAt
      updatedAt
      __typename
    }
  }
`;
