/* eslint-disable */
// this is an auto generated file. This will be overwritten

export const getTodo = /* GraphQL */ `
  query GetTodo($id: ID!) {
    getTodo(id: $id) {
      name
      isDone
      id
      createdAt
      updatedAt
      __typename
    }
  }
`;
export const listTodos = /* GraphQL */ `
  query ListTodos(
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
`;
export const todoSummary = /* GraphQL */ `
  query TodoSummary($prefix: String, $limit: Int!) {
    todoSummary(prefix: $prefix, limit: $limit) {
      total
      done
      names
      __typename
    }
  }
`;
export const echo = /* GraphQL */ `
  query Echo(
    $text: String!
    $level: Priority
    $tags: [String]
    $range: RangeInput
  ) {
    echo(text: $text, level: $level, tags: $tags, range: $range)
  }
`;
export const echoList = /* GraphQL */ `
  query EchoList($text: String) {
    echoList(text: $text)
  }
`;
export const echoPriority = /* GraphQL */ `
  query EchoPriority {
    echoPriority
  }
`;
export const inlineEnum = /* GraphQL */ `
  query InlineEnum {
    inlineEnum
  }
`;
export const inlineType = /* GraphQL */ `
  query InlineType {
    inlineType {
      count
      label
      __typename
    }
  }
`;
export const inherited = /* GraphQL */ `
  query Inherited {
    inherited
  }
`;
export const recentTodos = /* GraphQL */ `
  query RecentTodos {
    recentTodos {
      name
      isDone
      id
      createdAt
      updatedAt
      __typename
    }
  }
`;
