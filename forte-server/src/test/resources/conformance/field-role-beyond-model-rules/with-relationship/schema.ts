// Case 1 with a relationship: Employee (allow.owner(), salary allow.group('HR')) hasMany Review (allow.owner()).
import { a, type ClientSchema } from '@aws-amplify/data-schema';
import type { BackendConfig } from './_stubs';

export const schema = a.schema({
  Employee: a
    .model({
      name: a.string(),
      reviews: a.hasMany('Review', 'employeeId'),
      salary: a.float().authorization((allow) => [allow.group('HR')]),
    })
    .authorization((allow) => [allow.owner()]),
  Review: a
    .model({ text: a.string(), employeeId: a.id(), employee: a.belongsTo('Employee', 'employeeId') })
    .authorization((allow) => [allow.owner(), allow.group('HR')]),
});

export type Schema = ClientSchema<typeof schema>;

export const backendConfig: BackendConfig = { hasAuth: true, authorizationModes: { defaultAuthorizationMode: 'userPool' } };
