/* tslint:disable */
/* eslint-disable */
// this is an auto generated file. This will be overwritten

import * as APITypes from "./API";
type GeneratedQuery<InputType, OutputType> = string & {
  __generatedQueryInput: InputType;
  __generatedQueryOutput: OutputType;
};

export const getTodo = /* GraphQL */ `query GetTodo($id: ID!) {
  getTodo(id: $id) {
    name
    isDone
    id
    createdAt
    updatedAt
    __typename
  }
}
` as GeneratedQuery<APITypes.GetTodoQueryVariables, APITypes.GetTodoQuery>;
export const listTodos = /* GraphQL */ `query ListTodos(
  $filter: ModelTodoFilterInput
  $limit: Int
  $nextToken: String
) {
  listTodos(filter: $filter, limit: $limit, nextToken: $nextToken) {
    items {
      name
      isDone
      id
      createdAt
      updatedAt
      __typename
    }
    nextToken
    __typename
  }
}
` as GeneratedQuery<APITypes.ListTodosQueryVariables, APITypes.ListTodosQuery>;
export const todoSummary = /* GraphQL */ `query TodoSummary($prefix: String, $limit: Int!) {
  todoSummary(prefix: $prefix, limit: $limit) {
    total
    done
    names
    __typename
  }
}
` as GeneratedQuery<
  APITypes.TodoSummaryQueryVariables,
  APITypes.TodoSummaryQuery
>;
export const echo = /* GraphQL */ `query Echo(
  $text: String!
  $level: Priority
  $tags: [String]
  $range: RangeInput
) {
  echo(text: $text, level: $level, tags: $tags, range: $range)
}
` as GeneratedQuery<APITypes.EchoQueryVariables, APITypes.EchoQuery>;
export const echoList = /* GraphQL */ `query EchoList($text: String) {
  echoList(text: $text)
}
` as GeneratedQuery<APITypes.EchoListQueryVariables, APITypes.EchoListQuery>;
export const echoPriority = /* GraphQL */ `query EchoPriority {
  echoPriority
}
` as GeneratedQuery<
  APITypes.EchoPriorityQueryVariables,
  APITypes.EchoPriorityQuery
>;
export const inlineEnum = /* GraphQL */ `query InlineEnum {
  inlineEnum
}
` as GeneratedQuery<
  APITypes.InlineEnumQueryVariables,
  APITypes.InlineEnumQuery
>;
export const inlineType = /* GraphQL */ `query InlineType {
  inlineType {
    count
    label
    __typename
  }
}
` as GeneratedQuery<
  APITypes.InlineTypeQueryVariables,
  APITypes.InlineTypeQuery
>;
export const inherited = /* GraphQL */ `query Inherited {
  inherited
}
` as GeneratedQuery<APITypes.InheritedQueryVariables, APITypes.InheritedQuery>;
export const recentTodos = /* GraphQL */ `query RecentTodos {
  recentTodos {
    name
    isDone
    id
    createdAt
    updatedAt
    __typename
  }
}
` as GeneratedQuery<
  APITypes.RecentTodosQueryVariables,
  APITypes.RecentTodosQuery
>;
