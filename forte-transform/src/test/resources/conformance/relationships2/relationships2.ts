// Relationship modifiers: hasMany.valueRequired(), hasOne.required(), field rules on relationships,
// a child without list queries, a String reference to an ID key.
import { a, type ClientSchema } from '@aws-amplify/data-schema';
import type { BackendConfig } from './_stubs';

export const schema = a
  .schema({
    Team: a.model({
      name: a.string(),
      members: a.hasMany('Member', 'teamId'),
      lead: a.hasOne('Lead', 'teamId').authorization((allow) => [allow.authenticated()]),
      notes: a.hasMany('Note', 'teamId'),
    }),
    Member: a.model({
      name: a.string(),
      teamId: a.string(),
      team: a.belongsTo('Team', 'teamId').authorization((allow) => [allow.owner()]),
    }),
    Lead: a.model({
      teamId: a.id(),
      team: a.belongsTo('Team', 'teamId'),
    }),
    Note: a.model({
      body: a.string(),
      teamId: a.id(),
      team: a.belongsTo('Team', 'teamId'),
    }).disableOperations(['list']),
  })
  .authorization((allow) => [allow.publicApiKey()]);

export type Schema = ClientSchema<typeof schema>;

export const backendConfig: BackendConfig = {
  hasAuth: true,
  authorizationModes: { defaultAuthorizationMode: 'apiKey', apiKeyAuthorizationMode: { expiresInDays: 30 } },
};
