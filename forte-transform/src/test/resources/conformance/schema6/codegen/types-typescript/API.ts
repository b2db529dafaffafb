/* tslint:disable */
/* eslint-disable */
//  This file was automatically generated and should not be edited.

export type Todo = {
  __typename: "Todo",
  name?: string | null,
  isDone?: boolean | null,
  id: string,
  createdAt: string,
  updatedAt: string,
};

export type ModelTodoFilterInput = {
  name?: ModelStringInput | null,
  isDone?: ModelBooleanInput | null,
  id?: ModelIDInput | null,
  createdAt?: ModelStringInput | null,
  updatedAt?: ModelStringInput | null,
  and?: Array< ModelTodoFilterInput | null > | null,
  or?: Array< ModelTodoFilterInput | null > | null,
  not?: ModelTodoFilterInput | null,
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

export type ModelBooleanInput = {
  ne?: boolean | null,
  eq?: boolean | null,
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

export type ModelTodoConnection = {
  __typename: "ModelTodoConnection",
  items:  Array<Todo | null >,
  nextToken?: string | null,
};

export type TodoStats = {
  __typename: "TodoStats",
  total: number,
  done?: number | null,
  names?: Array< string | null > | null,
};

export enum Priority {
  LOW = "LOW",
  HIGH = "HIGH",
}


export type RangeInput = {
  from?: number | null,
  to?: number | null,
};

export enum InlineEnumReturnType {
  ON = "ON",
  OFF = "OFF",
}


export type InlineTypeReturnType = {
  __typename: "InlineTypeReturnType",
  count?: number | null,
  label: string,
};

export type CreateTodoInput = {
  name?: string | null,
  isDone?: boolean | null,
  id?: string | null,
};

export type ModelTodoConditionInput = {
  name?: ModelStringInput | null,
  isDone?: ModelBooleanInput | null,
  and?: Array< ModelTodoConditionInput | null > | null,
  or?: Array< ModelTodoConditionInput | null > | null,
  not?: ModelTodoConditionInput | null,
  createdAt?: ModelStringInput | null,
  updatedAt?: ModelStringInput | null,
};

export type UpdateTodoInput = {
  name?: string | null,
  isDone?: boolean | null,
  id: string,
};

export type DeleteTodoInput = {
  id: string,
};

export type EventInvocationResponse = {
  __typename: "EventInvocationResponse",
  success: boolean,
};

export type ModelSubscriptionTodoFilterInput = {
  name?: ModelSubscriptionStringInput | null,
  isDone?: ModelSubscriptionBooleanInput | null,
  id?: ModelSubscriptionIDInput | null,
  createdAt?: ModelSubscriptionStringInput | null,
  updatedAt?: ModelSubscriptionStringInput | null,
  and?: Array< ModelSubscriptionTodoFilterInput | null > | null,
  or?: Array< ModelSubscriptionTodoFilterInput | null > | null,
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

export type ModelSubscriptionBooleanInput = {
  ne?: boolean | null,
  eq?: boolean | null,
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

export type GetTodoQueryVariables = {
  id: string,
};

export type GetTodoQuery = {
  getTodo?:  {
    __typename: "Todo",
    name?: string | null,
    isDone?: boolean | null,
    id: string,
    createdAt: string,
    updatedAt: string,
  } | null,
};

export type ListTodosQueryVariables = {
  filter?: ModelTodoFilterInput | null,
  limit?: number | null,
  nextToken?: string | null,
};

export type ListTodosQuery = {
  listTodos?:  {
    __typename: "ModelTodoConnection",
    items:  Array< {
      __typename: "Todo",
      name?: string | null,
      isDone?: boolean | null,
      id: string,
      createdAt: string,
      updatedAt: string,
    } | null >,
    nextToken?: string | null,
  } | null,
};

export type TodoSummaryQueryVariables = {
  prefix?: string | null,
  limit: number,
};

export type TodoSummaryQuery = {
  todoSummary?:  {
    __typename: "TodoStats",
    total: number,
    done?: number | null,
    names?: Array< string | null > | null,
  } | null,
};

export type EchoQueryVariables = {
  text: string,
  level?: Priority | null,
  tags?: Array< string | null > | null,
  range?: RangeInput | null,
};

export type EchoQuery = {
  echo?: string | null,
};

export type EchoListQueryVariables = {
  text?: string | null,
};

export type EchoListQuery = {
  echoList: Array< string >,
};

export type EchoPriorityQueryVariables = {
};

export type EchoPriorityQuery = {
  echoPriority?: Priority | null,
};

export type InlineEnumQueryVariables = {
};

export type InlineEnumQuery = {
  inlineEnum?: InlineEnumReturnType | null,
};

export type InlineTypeQueryVariables = {
};

export type InlineTypeQuery = {
  inlineType?:  {
    __typename: "InlineTypeReturnType",
    count?: number | null,
    label: string,
  } | null,
};

export type InheritedQueryVariables = {
};

export type InheritedQuery = {
  inherited?: number | null,
};

export type RecentTodosQueryVariables = {
};

export type RecentTodosQuery = {
  recentTodos?:  Array< {
    __typename: "Todo",
    name?: string | null,
    isDone?: boolean | null,
    id: string,
    createdAt: string,
    updatedAt: string,
  } | null > | null,
};

export type CreateTodoMutationVariables = {
  input: CreateTodoInput,
  condition?: ModelTodoConditionInput | null,
};

export type CreateTodoMutation = {
  createTodo?:  {
    __typename: "Todo",
    name?: string | null,
    isDone?: boolean | null,
    id: string,
    createdAt: string,
    updatedAt: string,
  } | null,
};

export type UpdateTodoMutationVariables = {
  input: UpdateTodoInput,
  condition?: ModelTodoConditionInput | null,
};

export type UpdateTodoMutation = {
  updateTodo?:  {
    __typename: "Todo",
    name?: string | null,
    isDone?: boolean | null,
    id: string,
    createdAt: string,
    updatedAt: string,
  } | null,
};

export type DeleteTodoMutationVariables = {
  input: DeleteTodoInput,
  condition?: ModelTodoConditionInput | null,
};

export type DeleteTodoMutation = {
  deleteTodo?:  {
    __typename: "Todo",
    name?: string | null,
    isDone?: boolean | null,
    id: string,
    createdAt: string,
    updatedAt: string,
  } | null,
};

export type MarkDoneMutationVariables = {
  id: string,
};

export type MarkDoneMutation = {
  markDone?:  {
    __typename: "Todo",
    name?: string | null,
    isDone?: boolean | null,
    id: string,
    createdAt: string,
    updatedAt: string,
  } | null,
};

export type NotifyAllMutationVariables = {
  message: string,
};

export type NotifyAllMutation = {
  notifyAll?:  {
    __typename: "EventInvocationResponse",
    success: boolean,
  } | null,
};

export type OnCreateTodoSubscriptionVariables = {
  filter?: ModelSubscriptionTodoFilterInput | null,
};

export type OnCreateTodoSubscription = {
  onCreateTodo?:  {
    __typename: "Todo",
    name?: string | null,
    isDone?: boolean | null,
    id: string,
    createdAt: string,
    updatedAt: string,
  } | null,
};

export type OnUpdateTodoSubscriptionVariables = {
  filter?: ModelSubscriptionTodoFilterInput | null,
};

export type OnUpdateTodoSubscription = {
  onUpdateTodo?:  {
    __typename: "Todo",
    name?: string | null,
    isDone?: boolean | null,
    id: string,
    createdAt: string,
    updatedAt: string,
  } | null,
};

export type OnDeleteTodoSubscriptionVariables = {
  filter?: ModelSubscriptionTodoFilterInput | null,
};

export type OnDeleteTodoSubscription = {
  onDeleteTodo?:  {
    __typename: "Todo",
    name?: string | null,
    isDone?: boolean | null,
    id: string,
    createdAt: string,
    updatedAt: string,
  } | null,
};
