// An owner rule without delete, no field rules: may the owner set a field to null in an update?
import { a, type ClientSchema } from '@aws-amplify/data-schema';
import type { BackendConfig } from './_stubs';

export const schema = a.schema({
  Memo: a
    .model({ title: a.string(), body: a.string() })
    .authorization((allow) => [allow.owner().to(['create', 'read', 'update'])]),
});

export type Schema = ClientSchema<typeof schema>;

export const backendConfig: BackendConfig = { hasAuth: true, authorizationModes: { defaultAuthorizationMode: 'userPool' } };
