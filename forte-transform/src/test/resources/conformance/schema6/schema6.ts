// Custom queries and mutations answered by functions (a.handler.function), with every kind of return type
// (scalar, list of scalars, named enum, inline enum, named custom type, inline custom type, model ref, list of
// model refs), arguments (scalars, required, list, enum ref, custom type ref), own and inherited authorization,
// and an async (Event) mutation. Only allow.publicApiKey() rules, the ones Forte offers on custom operations.
import { a, type ClientSchema } from '@aws-amplify/data-schema';
import { defineFunctionStub, type BackendConfig } from './_stubs';

export const todoSummary = defineFunctionStub('todo-summary');
export const echo = defineFunctionStub('echo');
export const notify = defineFunctionStub('notify');

export const schema = a
  .schema({
    Priority: a.enum(['LOW', 'HIGH']),
    Todo: a.model({
      name: a.string(),
      isDone: a.boolean(),
    }),
    TodoStats: a.customType({
      total: a.integer().required(),
      done: a.integer(),
      names: a.string().array(),
    }),
    Range: a.customType({
      from: a.integer(),
      to: a.integer(),
    }),
    todoSummary: a
      .query()
      .arguments({ prefix: a.string(), limit: a.integer().required() })
      .returns(a.ref('TodoStats'))
      .handler(a.handler.function(todoSummary))
      .authorization((allow) => [allow.publicApiKey()]),
    echo: a
      .query()
      .arguments({ text: a.string().required(), level: a.ref('Priority'), tags: a.string().array(), range: a.ref('Range') })
      .returns(a.string())
      .handler(a.handler.function(echo))
      .authorization((allow) => [allow.publicApiKey()]),
    echoList: a
      .query()
      .arguments({ text: a.string() })
      .returns(a.string().required().array().required())
      .handler(a.handler.function(echo))
      .authorization((allow) => [allow.publicApiKey()]),
    echoPriority: a
      .query()
      .returns(a.ref('Priority'))
      .handler(a.handler.function(echo))
      .authorization((allow) => [allow.publicApiKey()]),
    inlineEnum: a
      .query()
      .returns(a.enum(['ON', 'OFF']))
      .handler(a.handler.function(echo))
      .authorization((allow) => [allow.publicApiKey()]),
    inlineType: a
      .query()
      .returns(a.customType({ count: a.integer(), label: a.string().required() }))
      .handler(a.handler.function(echo))
      .authorization((allow) => [allow.publicApiKey()]),
    inherited: a
      .query()
      .returns(a.integer())
      .handler(a.handler.function(echo)),
    markDone: a
      .mutation()
      .arguments({ id: a.id().required() })
      .returns(a.ref('Todo'))
      .handler(a.handler.function(todoSummary))
      .authorization((allow) => [allow.publicApiKey()]),
    recentTodos: a
      .query()
      .returns(a.ref('Todo').array())
      .handler(a.handler.function(todoSummary))
      .authorization((allow) => [allow.publicApiKey()]),
    notifyAll: a
      .mutation()
      .arguments({ message: a.string().required() })
      .returns(a.string())
      .handler(a.handler.function(notify).async())
      .authorization((allow) => [allow.publicApiKey()]),
  })
  .authorization((allow) => [allow.publicApiKey(), allow.resource(todoSummary).to(['query'])]);

export type Schema = ClientSchema<typeof schema>;

export const backendConfig: BackendConfig = {
  hasAuth: true,
  authorizationModes: { defaultAuthorizationMode: 'apiKey', apiKeyAuthorizationMode: { expiresInDays: 30 } },
};
