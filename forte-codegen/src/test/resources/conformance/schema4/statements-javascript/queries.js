/* eslint-disable */
// this is an auto generated file. This will be overwritten

export const getPlace = /* GraphQL */ `
  query GetPlace($id: ID!) {
    getPlace(id: $id) {
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
export const listPlaces = /* GraphQL */ `
  query ListPlaces(
    $filter: ModelPlaceFilterInput
    $limit: Int
    $nextToken: String
  ) {
    listPlaces(filter: $filter, limit: $limit, nextToken: $nextToken) {
      items {
        name
        status
        requiredStatus
        statusHistory
        priority
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
