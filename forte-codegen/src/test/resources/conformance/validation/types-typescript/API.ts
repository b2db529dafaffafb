/* tslint:disable */
/* eslint-disable */
//  This file was automatically generated and should not be edited.

export type Product = {
  __typename: "Product",
  name: string,
  sku?: string | null,
  code?: string | null,
  tag?: string | null,
  status?: string | null,
  quantity?: number | null,
  stock: number,
  rank?: number | null,
  level?: number | null,
  price?: number | null,
  weight: number,
  discount?: number | null,
  margin?: number | null,
  balance?: number | null,
  note?: string | null,
  id: string,
  createdAt: string,
  updatedAt: string,
};

export type ModelProductFilterInput = {
  name?: ModelStringInput | null,
  sku?: ModelStringInput | null,
  code?: ModelStringInput | null,
  tag?: ModelStringInput | null,
  status?: ModelStringInput | null,
  quantity?: ModelIntInput | null,
  stock?: ModelIntInput | null,
  rank?: ModelIntInput | null,
  level?: ModelIntInput | null,
  price?: ModelFloatInput | null,
  weight?: ModelFloatInput | null,
  discount?: ModelFloatInput | null,
  margin?: ModelFloatInput | null,
  balance?: ModelIntInput | null,
  note?: ModelStringInput | null,
  id?: ModelIDInput | null,
  createdAt?: ModelStringInput | null,
  updatedAt?: ModelStringInput | null,
  and?: Array< ModelProductFilterInput | null > | null,
  or?: Array< ModelProductFilterInput | null > | null,
  not?: ModelProductFilterInput | null,
};

export type ModelStringInput = {
  ne?: string | null,
  eq?: string | null,
  le?: string | null,
  lt?: string | null,
  ge?: string | null,
  gt?: string | null,
  contains?: string | null,
  notContains?: string | null,
  between?: Array< string | null > | null,
  beginsWith?: string | null,
  attributeExists?: boolean | null,
  attributeType?: ModelAttributeTypes | null,
  size?: ModelSizeInput | null,
};

export enum ModelAttributeTypes {
  binary = "binary",
  binarySet = "binarySet",
  bool = "bool",
  list = "list",
  map = "map",
  number = "number",
  numberSet = "numberSet",
  string = "string",
  stringSet = "stringSet",
  _null = "_null",
}


export type ModelSizeInput = {
  ne?: number | null,
  eq?: number | null,
  le?: number | null,
  lt?: number | null,
  ge?: number | null,
  gt?: number | null,
  between?: Array< number | null > | null,
};

export type ModelIntInput = {
  ne?: number | null,
  eq?: number | null,
  le?: number | null,
  lt?: number | null,
  ge?: number | null,
  gt?: number | null,
  between?: Array< number | null > | null,
  attributeExists?: boolean | null,
  attributeType?: ModelAttributeTypes | null,
};

export type ModelFloatInput = {
  ne?: number | null,
  eq?: number | null,
  le?: number | null,
  lt?: number | null,
  ge?: number | null,
  gt?: number | null,
  between?: Array< number | null > | null,
  attributeExists?: boolean | null,
  attributeType?: ModelAttributeTypes | null,
};

export type ModelIDInput = {
  ne?: string | null,
  eq?: string | null,
  le?: string | null,
  lt?: string | null,
  ge?: string | null,
  gt?: string | null,
  contains?: string | null,
  notContains?: string | null,
  between?: Array< string | null > | null,
  beginsWith?: string | null,
  attributeExists?: boolean | null,
  attributeType?: ModelAttributeTypes | null,
  size?: ModelSizeInput | null,
};

export type ModelProductConnection = {
  __typename: "ModelProductConnection",
  items:  Array<Product | null >,
  nextToken?: string | null,
};

export type Review = {
  __typename: "Review",
  stars: number,
  body?: string | null,
  id: string,
  createdAt: string,
  updatedAt: string,
};

export type ModelReviewFilterInput = {
  stars?: ModelIntInput | null,
  body?: ModelStringInput | null,
  id?: ModelIDInput | null,
  createdAt?: ModelStringInput | null,
  updatedAt?: ModelStringInput | null,
  and?: Array< ModelReviewFilterInput | null > | null,
  or?: Array< ModelReviewFilterInput | null > | null,
  not?: ModelReviewFilterInput | null,
};

export type ModelReviewConnection = {
  __typename: "ModelReviewConnection",
  items:  Array<Review | null >,
  nextToken?: string | null,
};

export type Plain = {
  __typename: "Plain",
  title?: string | null,
  id: string,
  createdAt: string,
  updatedAt: string,
};

export type ModelPlainFilterInput = {
  title?: ModelStringInput | null,
  id?: ModelIDInput | null,
  createdAt?: ModelStringInput | null,
  updatedAt?: ModelStringInput | null,
  and?: Array< ModelPlainFilterInput | null > | null,
  or?: Array< ModelPlainFilterInput | null > | null,
  not?: ModelPlainFilterInput | null,
};

export type ModelPlainConnection = {
  __typename: "ModelPlainConnection",
  items:  Array<Plain | null >,
  nextToken?: string | null,
};

export type CreateProductInput = {
  name: string,
  sku?: string | null,
  code?: string | null,
  tag?: string | null,
  status?: string | null,
  quantity?: number | null,
  stock: number,
  rank?: number | null,
  level?: number | null,
  price?: number | null,
  weight: number,
  discount?: number | null,
  margin?: number | null,
  balance?: number | null,
  note?: string | null,
  id?: string | null,
};

export type ModelProductConditionInput = {
  name?: ModelStringInput | null,
  sku?: ModelStringInput | null,
  code?: ModelStringInput | null,
  tag?: ModelStringInput | null,
  status?: ModelStringInput | null,
  quantity?: ModelIntInput | null,
  stock?: ModelIntInput | null,
  rank?: ModelIntInput | null,
  level?: ModelIntInput | null,
  price?: ModelFloatInput | null,
  weight?: ModelFloatInput | null,
  discount?: ModelFloatInput | null,
  margin?: ModelFloatInput | null,
  balance?: ModelIntInput | null,
  note?: ModelStringInput | null,
  and?: Array< ModelProductConditionInput | null > | null,
  or?: Array< ModelProductConditionInput | null > | null,
  not?: ModelProductConditionInput | null,
  createdAt?: ModelStringInput | null,
  updatedAt?: ModelStringInput | null,
};

export type UpdateProductInput = {
  name?: string | null,
  sku?: string | null,
  code?: string | null,
  tag?: string | null,
  status?: string | null,
  quantity?: number | null,
  stock?: number | null,
  rank?: number | null,
  level?: number | null,
  price?: number | null,
  weight?: number | null,
  discount?: number | null,
  margin?: number | null,
  balance?: number | null,
  note?: string | null,
  id: string,
};

export type DeleteProductInput = {
  id: string,
};

export type CreateReviewInput = {
  stars: number,
  body?: string | null,
  id?: string | null,
};

export type ModelReviewConditionInput = {
  stars?: ModelIntInput | null,
  body?: ModelStringInput | null,
  and?: Array< ModelReviewConditionInput | null > | null,
  or?: Array< ModelReviewConditionInput | null > | null,
  not?: ModelReviewConditionInput | null,
  createdAt?: ModelStringInput | null,
  updatedAt?: ModelStringInput | null,
};

export type UpdateReviewInput = {
  stars?: number | null,
  body?: string | null,
  id: string,
};

export type DeleteReviewInput = {
  id: string,
};

export type CreatePlainInput = {
  title?: string | null,
  id?: string | null,
};

export type ModelPlainConditionInput = {
  title?: ModelStringInput | null,
  and?: Array< ModelPlainConditionInput | null > | null,
  or?: Array< ModelPlainConditionInput | null > | null,
  not?: ModelPlainConditionInput | null,
  createdAt?: ModelStringInput | null,
  updatedAt?: ModelStringInput | null,
};

export type UpdatePlainInput = {
  title?: string | null,
  id: string,
};

export type DeletePlainInput = {
  id: string,
};

export type ModelSubscriptionProductFilterInput = {
  name?: ModelSubscriptionStringInput | null,
  sku?: ModelSubscriptionStringInput | null,
  code?: ModelSubscriptionStringInput | null,
  tag?: ModelSubscriptionStringInput | null,
  status?: ModelSubscriptionStringInput | null,
  quantity?: ModelSubscriptionIntInput | null,
  stock?: ModelSubscriptionIntInput | null,
  rank?: ModelSubscriptionIntInput | null,
  level?: ModelSubscriptionIntInput | null,
  price?: ModelSubscriptionFloatInput | null,
  weight?: ModelSubscriptionFloatInput | null,
  discount?: ModelSubscriptionFloatInput | null,
  margin?: ModelSubscriptionFloatInput | null,
  balance?: ModelSubscriptionIntInput | null,
  note?: ModelSubscriptionStringInput | null,
  id?: ModelSubscriptionIDInput | null,
  createdAt?: ModelSubscriptionStringInput | null,
  updatedAt?: ModelSubscriptionStringInput | null,
  and?: Array< ModelSubscriptionProductFilterInput | null > | null,
  or?: Array< ModelSubscriptionProductFilterInput | null > | null,
};

export type ModelSubscriptionStringInput = {
  ne?: string | null,
  eq?: string | null,
  le?: string | null,
  lt?: string | null,
  ge?: string | null,
  gt?: string | null,
  contains?: string | null,
  notContains?: string | null,
  between?: Array< string | null > | null,
  beginsWith?: string | null,
  in?: Array< string | null > | null,
  notIn?: Array< string | null > | null,
};

export type ModelSubscriptionIntInput = {
  ne?: number | null,
  eq?: number | null,
  le?: number | null,
  lt?: number | null,
  ge?: number | null,
  gt?: number | null,
  between?: Array< number | null > | null,
  in?: Array< number | null > | null,
  notIn?: Array< number | null > | null,
};

export type ModelSubscriptionFloatInput = {
  ne?: number | null,
  eq?: number | null,
  le?: number | null,
  lt?: number | null,
  ge?: number | null,
  gt?: number | null,
  between?: Array< number | null > | null,
  in?: Array< number | null > | null,
  notIn?: Array< number | null > | null,
};

export type ModelSubscriptionIDInput = {
  ne?: string | null,
  eq?: string | null,
  le?: string | null,
  lt?: string | null,
  ge?: string | null,
  gt?: string | null,
  contains?: string | null,
  notContains?: string | null,
  between?: Array< string | null > | null,
  beginsWith?: string | null,
  in?: Array< string | null > | null,
  notIn?: Array< string | null > | null,
};

export type ModelSubscriptionReviewFilterInput = {
  stars?: ModelSubscriptionIntInput | null,
  body?: ModelSubscriptionStringInput | null,
  id?: ModelSubscriptionIDInput | null,
  createdAt?: ModelSubscriptionStringInput | null,
  updatedAt?: ModelSubscriptionStringInput | null,
  and?: Array< ModelSubscriptionReviewFilterInput | null > | null,
  or?: Array< ModelSubscriptionReviewFilterInput | null > | null,
};

export type ModelSubscriptionPlainFilterInput = {
  title?: ModelSubscriptionStringInput | null,
  id?: ModelSubscriptionIDInput | null,
  createdAt?: ModelSubscriptionStringInput | null,
  updatedAt?: ModelSubscriptionStringInput | null,
  and?: Array< ModelSubscriptionPlainFilterInput | null > | null,
  or?: Array< ModelSubscriptionPlainFilterInput | null > | null,
};

export type GetProductQueryVariables = {
  id: string,
};

export type GetProductQuery = {
  getProduct?:  {
    __typename: "Product",
    name: string,
    sku?: string | null,
    code?: string | null,
    tag?: string | null,
    status?: string | null,
    quantity?: number | null,
    stock: number,
    rank?: number | null,
    level?: number | null,
    price?: number | null,
    weight: number,
    discount?: number | null,
    margin?: number | null,
    balance?: number | null,
    note?: string | null,
    id: string,
    createdAt: string,
    updatedAt: string,
  } | null,
};

export type ListProductsQueryVariables = {
  filter?: ModelProductFilterInput | null,
  limit?: number | null,
  nextToken?: string | null,
};

export type ListProductsQuery = {
  listProducts?:  {
    __typename: "ModelProductConnection",
    items:  Array< {
      __typename: "Product",
      name: string,
      sku?: string | null,
      code?: string | null,
      tag?: string | null,
      status?: string | null,
      quantity?: number | null,
      stock: number,
      rank?: number | null,
      level?: number | null,
      price?: number | null,
      weight: number,
      discount?: number | null,
      margin?: number | null,
      balance?: number | null,
      note?: string | null,
      id: string,
      createdAt: string,
      updatedAt: string,
    } | null >,
    nextToken?: string | null,
  } | null,
};

export type GetReviewQueryVariables = {
  id: string,
};

export type GetReviewQuery = {
  getReview?:  {
    __typename: "Review",
    stars: number,
    body?: string | null,
    id: string,
    createdAt: string,
    updatedAt: string,
  } | null,
};

export type ListReviewsQueryVariables = {
  filter?: ModelReviewFilterInput | null,
  limit?: number | null,
  nextToken?: string | null,
};

export type ListReviewsQuery = {
  listReviews?:  {
    __typename: "ModelReviewConnection",
    items:  Array< {
      __typename: "Review",
      stars: number,
      body?: string | null,
      id: string,
      createdAt: string,
      updatedAt: string,
    } | null >,
    nextToken?: string | null,
  } | null,
};

export type GetPlainQueryVariables = {
  id: string,
};

export type GetPlainQuery = {
  getPlain?:  {
    __typename: "Plain",
    title?: string | null,
    id: string,
    createdAt: string,
    updatedAt: string,
  } | null,
};

export type ListPlainsQueryVariables = {
  filter?: ModelPlainFilterInput | null,
  limit?: number | null,
  nextToken?: string | null,
};

export type ListPlainsQuery = {
  listPlains?:  {
    __typename: "ModelPlainConnection",
    items:  Array< {
      __typename: "Plain",
      title?: string | null,
      id: string,
      createdAt: string,
      updatedAt: string,
    } | null >,
    nextToken?: string | null,
  } | null,
};

export type CreateProductMutationVariables = {
  input: CreateProductInput,
  condition?: ModelProductConditionInput | null,
};

export type CreateProductMutation = {
  createProduct?:  {
    __typename: "Product",
    name: string,
    sku?: string | null,
    code?: string | null,
    tag?: string | null,
    status?: string | null,
    quantity?: number | null,
    stock: number,
    rank?: number | null,
    level?: number | null,
    price?: number | null,
    weight: number,
    discount?: number | null,
    margin?: number | null,
    balance?: number | null,
    note?: string | null,
    id: string,
    createdAt: string,
    updatedAt: string,
  } | null,
};

export type UpdateProductMutationVariables = {
  input: UpdateProductInput,
  condition?: ModelProductConditionInput | null,
};

export type UpdateProductMutation = {
  updateProduct?:  {
    __typename: "Product",
    name: string,
    sku?: string | null,
    code?: string | null,
    tag?: string | null,
    status?: string | null,
    quantity?: number | null,
    stock: number,
    rank?: number | null,
    level?: number | null,
    price?: number | null,
    weight: number,
    discount?: number | null,
    margin?: number | null,
    balance?: number | null,
    note?: string | null,
    id: string,
    createdAt: string,
    updatedAt: string,
  } | null,
};

export type DeleteProductMutationVariables = {
  input: DeleteProductInput,
  condition?: ModelProductConditionInput | null,
};

export type DeleteProductMutation = {
  deleteProduct?:  {
    __typename: "Product",
    name: string,
    sku?: string | null,
    code?: string | null,
    tag?: string | null,
    status?: string | null,
    quantity?: number | null,
    stock: number,
    rank?: number | null,
    level?: number | null,
    price?: number | null,
    weight: number,
    discount?: number | null,
    margin?: number | null,
    balance?: number | null,
    note?: string | null,
    id: string,
    createdAt: string,
    updatedAt: string,
  } | null,
};

export type CreateReviewMutationVariables = {
  input: CreateReviewInput,
  condition?: ModelReviewConditionInput | null,
};

export type CreateReviewMutation = {
  createReview?:  {
    __typename: "Review",
    stars: number,
    body?: string | null,
    id: string,
    createdAt: string,
    updatedAt: string,
  } | null,
};

export type UpdateReviewMutationVariables = {
  input: UpdateReviewInput,
  condition?: ModelReviewConditionInput | null,
};

export type UpdateReviewMutation = {
  updateReview?:  {
    __typename: "Review",
    stars: number,
    body?: string | null,
    id: string,
    createdAt: string,
    updatedAt: string,
  } | null,
};

export type DeleteReviewMutationVariables = {
  input: DeleteReviewInput,
  condition?: ModelReviewConditionInput | null,
};

export type DeleteReviewMutation = {
  deleteReview?:  {
    __typename: "Review",
    stars: number,
    body?: string | null,
    id: string,
    createdAt: string,
    updatedAt: string,
  } | null,
};

export type CreatePlainMutationVariables = {
  input: CreatePlainInput,
  condition?: ModelPlainConditionInput | null,
};

export type CreatePlainMutation = {
  createPlain?:  {
    __typename: "Plain",
    title?: string | null,
    id: string,
    createdAt: string,
    updatedAt: string,
  } | null,
};

export type UpdatePlainMutationVariables = {
  input: UpdatePlainInput,
  condition?: ModelPlainConditionInput | null,
};

export type UpdatePlainMutation = {
  updatePlain?:  {
    __typename: "Plain",
    title?: string | null,
    id: string,
    createdAt: string,
    updatedAt: string,
  } | null,
};

export type DeletePlainMutationVariables = {
  input: DeletePlainInput,
  condition?: ModelPlainConditionInput | null,
};

export type DeletePlainMutation = {
  deletePlain?:  {
    __typename: "Plain",
    title?: string | null,
    id: string,
    createdAt: string,
    updatedAt: string,
  } | null,
};

export type OnCreateProductSubscriptionVariables = {
  filter?: ModelSubscriptionProductFilterInput | null,
};

export type OnCreateProductSubscription = {
  onCreateProduct?:  {
    __typename: "Product",
    name: string,
    sku?: string | null,
    code?: string | null,
    tag?: string | null,
    status?: string | null,
    quantity?: number | null,
    stock: number,
    rank?: number | null,
    level?: number | null,
    price?: number | null,
    weight: number,
    discount?: number | null,
    margin?: number | null,
    balance?: number | null,
    note?: string | null,
    id: string,
    createdAt: string,
    updatedAt: string,
  } | null,
};

export type OnUpdateProductSubscriptionVariables = {
  filter?: ModelSubscriptionProductFilterInput | null,
};

export type OnUpdateProductSubscription = {
  onUpdateProduct?:  {
    __typename: "Product",
    name: string,
    sku?: string | null,
    code?: string | null,
    tag?: string | null,
    status?: string | null,
    quantity?: number | null,
    stock: number,
    rank?: number | null,
    level?: number | null,
    price?: number | null,
    weight: number,
    discount?: number | null,
    margin?: number | null,
    balance?: number | null,
    note?: string | null,
    id: string,
    createdAt: string,
    updatedAt: string,
  } | null,
};

export type OnDeleteProductSubscriptionVariables = {
  filter?: ModelSubscriptionProductFilterInput | null,
};

export type OnDeleteProductSubscription = {
  onDeleteProduct?:  {
    __typename: "Product",
    name: string,
    sku?: string | null,
    code?: string | null,
    tag?: string | null,
    status?: string | null,
    quantity?: number | null,
    stock: number,
    rank?: number | null,
    level?: number | null,
    price?: number | null,
    weight: number,
    discount?: number | null,
    margin?: number | null,
    balance?: number | null,
    note?: string | null,
    id: string,
    createdAt: string,
    updatedAt: string,
  } | null,
};

export type OnCreateReviewSubscriptionVariables = {
  filter?: ModelSubscriptionReviewFilterInput | null,
};

export type OnCreateReviewSubscription = {
  onCreateReview?:  {
    __typename: "Review",
    stars: number,
    body?: string | null,
    id: string,
    createdAt: string,
    updatedAt: string,
  } | null,
};

export type OnUpdateReviewSubscriptionVariables = {
  filter?: ModelSubscriptionReviewFilterInput | null,
};

export type OnUpdateReviewSubscription = {
  onUpdateReview?:  {
    __typename: "Review",
    stars: number,
    body?: string | null,
    id: string,
    createdAt: string,
    updatedAt: string,
  } | null,
};

export type OnDeleteReviewSubscriptionVariables = {
  filter?: ModelSubscriptionReviewFilterInput | null,
};

export type OnDeleteReviewSubscription = {
  onDeleteReview?:  {
    __typename: "Review",
    stars: number,
    body?: string | null,
    id: string,
    createdAt: string,
    updatedAt: string,
  } | null,
};

export type OnCreatePlainSubscriptionVariables = {
  filter?: ModelSubscriptionPlainFilterInput | null,
};

export type OnCreatePlainSubscription = {
  onCreatePlain?:  {
    __typename: "Plain",
    title?: string | null,
    id: string,
    createdAt: string,
    updatedAt: string,
  } | null,
};

export type OnUpdatePlainSubscriptionVariables = {
  filter?: ModelSubscriptionPlainFilterInput | null,
};

export type OnUpdatePlainSubscription = {
  onUpdatePlain?:  {
    __typename: "Plain",
    title?: string | null,
    id: string,
    createdAt: string,
    updatedAt: string,
  } | null,
};

export type OnDeletePlainSubscriptionVariables = {
  filter?: ModelSubscriptionPlainFilterInput | null,
};

export type OnDeletePlainSubscription = {
  onDeletePlain?:  {
    __typename: "Plain",
    title?: string | null,
    id: string,
    createdAt: string,
    updatedAt: string,
  } | null,
};
