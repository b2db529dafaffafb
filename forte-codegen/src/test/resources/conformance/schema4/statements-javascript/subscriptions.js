/* eslint-disable */
// this is an auto generated file. This will be overwritten

export const onCreatePlace = /* GraphQL */ `
  subscription OnCreatePlace($filter: ModelSubscriptionPlaceFilterInput) {
    onCreatePlace(filter: $filter) {
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
export const onUpdatePlace = /* GraphQL */ `
  subscription OnUpdatePlace($filter: ModelSubscriptionPlaceFilterInput) {
    onUpdatePlace(filter: $filter) {
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
export const onDeletePlace = /* GraphQL */ `
  subscription OnDeletePlace($filter: ModelSubscriptionPlaceFilterInput) {
    onDeletePlace(filter: $filter) {
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
