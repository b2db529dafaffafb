/* eslint-disable */
// this is an auto generated file. This will be overwritten

export const getProduct = /* GraphQL */ `
  query GetProduct($storeId: ID!, $sku: String!) {
    getProduct(storeId: $storeId, sku: $sku) {
      storeId
      sku
      name
      category
      price
      inStock
      releasedOn
      createdAt
      updatedAt
      __typename
    }
  }
`;
export const listProducts = /* GraphQL */ `
  query ListProducts(
    $storeId: ID
    $sku: ModelStringKeyConditionInput
    $filter: ModelProductFilterInput
    $limit: Int
    $nextToken: String
    $sortDirection: ModelSortDirection
  ) {
    listProducts(
      storeId: $storeId
      sku: $sku
      filter: $filter
      limit: $limit
      nextToken: $nextToken
      sortDirection: $sortDirection
    ) {
      items {
        storeId
        sku
        name
        category
        price
        inStock
        releasedOn
        createdAt
        updatedAt
        __typename
      }
      nextToken
      __typename
    }
  }
`;
export const listProductByStoreIdAndReleasedOnAndName = /* GraphQL */ `
  query ListProductByStoreIdAndReleasedOnAndName(
    $storeId: ID!
    $releasedOnName: ModelProductByStoreReleaseNameCompositeKeyConditionInput
    $sortDirection: ModelSortDirection
    $filter: ModelProductFilterInput
    $limit: Int
    $nextToken: String
  ) {
    listProductByStoreIdAndReleasedOnAndName(
      storeId: $storeId
      releasedOnName: $releasedOnName
      sortDirection: $sortDirection
      filter: $filter
      limit: $limit
      nextToken: $nextToken
    ) {
      items {
        storeId
        sku
        name
        category
        price
        inStock
        releasedOn
        createdAt
        updatedAt
        __typename
      }
      nextToken
      __typename
    }
  }
`;
export const listProductByName = /* GraphQL */ `
  query ListProductByName(
    $name: String!
    $sortDirection: ModelSortDirection
    $filter: ModelProductFilterInput
    $limit: Int
    $nextToken: String
  ) {
    listProductByName(
      name: $name
      sortDirection: $sortDirection
      filter: $filter
      limit: $limit
      nextToken: $nextToken
    ) {
      items {
        storeId
        sku
        name
        category
        price
        inStock
        releasedOn
        createdAt
        updatedAt
        __typename
      }
      nextToken
      __typename
    }
  }
`;
export const listProductsByCategoryAndPrice = /* GraphQL */ `
  query ListProductsByCategoryAndPrice(
    $category: String!
    $price: ModelFloatKeyConditionInput
    $sortDirection: ModelSortDirection
    $filter: ModelProductFilterInput
    $limit: Int
    $nextToken: String
  ) {
    listProductsByCategoryAndPrice(
      category: $category
      price: $price
      sortDirection: $sortDirection
      filter: $filter
      limit: $limit
      nextToken: $nextToken
    ) {
      items {
        storeId
        sku
        name
        category
        price
        inStock
        releasedOn
        createdAt
        updatedAt
        __typename
      }
      nextToken
      __typename
    }
  }
`;
export const getCustomer = /* GraphQL */ `
  query GetCustomer($email: AWSEmail!) {
    getCustomer(email: $email) {
      email
      name
      accountRepresentativeId
      createdAt
      updatedAt
      __typename
    }
  }
`;
export const listCustomers = /* GraphQL */ `
  query ListCustomers(
    $email: AWSEmail
    $filter: ModelCustomerFilterInput
    $limit: Int
    $nextToken: String
    $sortDirection: ModelSortDirection
  ) {
    listCustomers(
      email: $email
      filter: $filter
      limit: $limit
      nextToken: $nextToken
      sortDirection: $sortDirection
    ) {
      items {
        email
        name
        accountRepresentativeId
        createdAt
        updatedAt
        __typename
      }
      nextToken
      __typename
    }
  }
`;
export const listCustomerByAccountRepresentativeIdAndName = /* GraphQL */ `
  query ListCustomerByAccountRepresentativeIdAndName(
    $accountRepresentativeId: ID!
    $name: ModelStringKeyConditionInput
    $sortDirection: ModelSortDirection
    $filter: ModelCustomerFilterInput
    $limit: Int
    $nextToken: String
  ) {
    listCustomerByAccountRepresentativeIdAndName(
      accountRepresentativeId: $accountRepresentativeId
      name: $name
      sortDirection: $sortDirection
      filter: $filter
      limit: $limit
      nextToken: $nextToken
    ) {
      items {
        email
        name
        accountRepresentativeId
        createdAt
        updatedAt
        __typename
      }
      nextToken
      __typename
    }
  }
`;
