// The peer Forte is measured against: the AppSync simulator that `amplify mock` runs, serving the Todo of
// examples/todo (name, description, isDone with default false, priority) over
// HTTP with an API key. The simulator ships no data store of its own (`amplify mock` attaches DynamoDB Local), so
// each resolver is a Lambda-style data source backed by a JavaScript Map: requests still go through the
// simulator's express server, API-key check, graphql-js execution and VTL request/response mapping templates.
//
// Usage: node peer.js [port]   (port 0 or absent: a free one). Prints the two lines the harness waits for:
//   GraphQL endpoint: http://127.0.0.1:<port>/graphql
//   API key: <key>
'use strict';
const crypto = require('crypto');
const net = require('net');
const { AmplifyAppSyncSimulator } = require('@aws-amplify/amplify-appsync-simulator');

const API_KEY = 'da2-benchpeer0000000000000000';

const SCHEMA = `
enum TodoPriority {
  LOW
  MEDIUM
  HIGH
}
type Todo @aws_api_key {
  id: ID!
  name: String!
  description: String
  isDone: Boolean
  priority: TodoPriority
  createdAt: AWSDateTime!
  updatedAt: AWSDateTime!
}
type ModelTodoConnection @aws_api_key {
  items: [Todo]!
  nextToken: String
}
input CreateTodoInput {
  id: ID
  name: String!
  description: String
  isDone: Boolean
  priority: TodoPriority
}
type Query {
  getTodo(id: ID!): Todo @aws_api_key
  listTodos(limit: Int, nextToken: String): ModelTodoConnection @aws_api_key
}
type Mutation {
  createTodo(input: CreateTodoInput!): Todo @aws_api_key
}
`;

// Insertion-ordered, like a scan of a freshly written table; nextToken is the offset.
const todos = new Map();

function invoke({ fieldName, arguments: args }) {
  switch (fieldName) {
    case 'getTodo':
      return todos.get(args.id) || null;
    case 'createTodo':
      return createTodo(args.input);
    case 'listTodos':
      return listTodos(args.limit || 100, Number(args.nextToken || 0));
    default:
      throw new Error(`No resolver for ${fieldName}`);
  }
}

function createTodo(input) {
  const id = input.id || crypto.randomUUID();
  if (todos.has(id)) {
    throw new Error('The conditional request failed');
  }
  const now = new Date().toISOString();
  const todo = {
    id,
    name: input.name,
    description: input.description ?? null,
    isDone: input.isDone ?? false,
    priority: input.priority ?? null,
    createdAt: now,
    updatedAt: now,
    __typename: 'Todo',
  };
  todos.set(id, todo);
  return todo;
}

function listTodos(limit, offset) {
  const items = [];
  let index = 0;
  for (const todo of todos.values()) {
    if (index >= offset + limit) break;
    if (index >= offset) items.push(todo);
    index++;
  }
  const end = offset + items.length;
  return { items, nextToken: end < todos.size ? String(end) : null };
}

const REQUEST_TEMPLATE =
  '{"version": "2018-05-29", "operation": "Invoke", ' +
  '"payload": {"fieldName": "$ctx.info.fieldName", "arguments": $util.toJson($ctx.arguments)}}';
const RESPONSE_TEMPLATE = '$util.toJson($ctx.result)';

function resolver(typeName, fieldName) {
  return {
    kind: 'UNIT',
    typeName,
    fieldName,
    dataSourceName: 'TodoMap',
    requestMappingTemplate: REQUEST_TEMPLATE,
    responseMappingTemplate: RESPONSE_TEMPLATE,
  };
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function main() {
  const port = Number(process.argv[2] || 0) || (await freePort());
  const simulator = new AmplifyAppSyncSimulator({ port, wsPort: port });
  simulator.init({
    schema: { content: SCHEMA },
    resolvers: [resolver('Query', 'getTodo'), resolver('Query', 'listTodos'), resolver('Mutation', 'createTodo')],
    dataSources: [{ type: 'AWS_LAMBDA', name: 'TodoMap', invoke }],
    appSync: {
      name: 'forte-bench-peer',
      defaultAuthenticationType: { authenticationType: 'API_KEY' },
      apiKey: API_KEY,
      additionalAuthenticationProviders: [],
    },
  });
  await simulator.start();
  console.log(`GraphQL endpoint: http://127.0.0.1:${port}/graphql`);
  console.log(`API key: ${API_KEY}`);
  const stop = () => simulator.stop().finally(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
