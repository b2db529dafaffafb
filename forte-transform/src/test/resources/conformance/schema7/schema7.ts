// Custom operations for signed-in users: allow.authenticated(), allow.groups([...]) beside allow.publicApiKey().
import { a, type ClientSchema } from '@aws-amplify/data-schema';
import { defineFunctionStub, type BackendConfig } from './_stubs';

export const whoAmI = defineFunctionStub('who-am-i');

export const schema = a
  .schema({
    Todo: a.model({ name: a.string() }),
    whoAmI: a.query().returns(a.string()).handler(a.handler.function(whoAmI))
      .authorization((allow) => [allow.authenticated()]),
    adminOnly: a.mutation().arguments({ text: a.string() }).returns(a.string()).handler(a.handler.function(whoAmI))
      .authorization((allow) => [allow.groups(['Admin', 'Ops']), allow.publicApiKey()]),
  })
  .authorization((allow) => [allow.publicApiKey()]);

export type Schema = ClientSchema<typeof schema>;

export const backendConfig: BackendConfig = {
  hasAuth: true,
  authorizationModes: { defaultAuthorizationMode: 'apiKey', apiKeyAuthorizationMode: { expiresInDays: 30 } },
};
