// Case 1: a field's rules add a role the model's rules lack (model allow.owner(), salary allow.group('HR')).
// Also a custom-type field and an array field without rules of their own, to see what the added role reads.
import { a, type ClientSchema } from '@aws-amplify/data-schema';
import type { BackendConfig } from './_stubs';

export const schema = a.schema({
  Address: a.customType({ street: a.string(), city: a.string() }),
  Employee: a
    .model({
      name: a.string(),
      tags: a.string().array(),
      address: a.ref('Address'),
      salary: a.float().authorization((allow) => [allow.group('HR')]),
    })
    .authorization((allow) => [allow.owner()]),
});

export type Schema = ClientSchema<typeof schema>;

export const backendConfig: BackendConfig = { hasAuth: true, authorizationModes: { defaultAuthorizationMode: 'userPool' } };
