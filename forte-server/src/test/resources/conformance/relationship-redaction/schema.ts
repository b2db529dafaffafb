// Case 2: relationship fields without rules of their own between models whose read rules differ.
// Blog (owner + authenticated read) hasMany Post (owner only): both user pools, overlapping but different.
// Shelf (authenticated) hasMany Book (authenticated): identical, no redaction expected.
// Author (owner) hasMany Note (owner): identical but dynamic, so redacted too.
// Team (group Admin, user pools) hasMany Member (publicApiKey): no provider overlap.
import { a, type ClientSchema } from '@aws-amplify/data-schema';
import type { BackendConfig } from './_stubs';

export const schema = a.schema({
  Blog: a
    .model({
      name: a.string(),
      posts: a.hasMany('Post', 'blogId'),
    })
    .authorization((allow) => [allow.owner(), allow.authenticated().to(['read'])]),
  Post: a
    .model({
      title: a.string(),
      blogId: a.id(),
      blog: a.belongsTo('Blog', 'blogId'),
    })
    .authorization((allow) => [allow.owner()]),
  Shelf: a
    .model({ label: a.string(), books: a.hasMany('Book', 'shelfId') })
    .authorization((allow) => [allow.authenticated()]),
  Book: a
    .model({ title: a.string(), shelfId: a.id(), shelf: a.belongsTo('Shelf', 'shelfId') })
    .authorization((allow) => [allow.authenticated()]),
  Author: a
    .model({ name: a.string(), notes: a.hasMany('Note', 'authorId') })
    .authorization((allow) => [allow.owner()]),
  Note: a
    .model({ text: a.string(), authorId: a.id(), author: a.belongsTo('Author', 'authorId') })
    .authorization((allow) => [allow.owner()]),
  Team: a
    .model({ name: a.string(), members: a.hasMany('Member', 'teamId') })
    .authorization((allow) => [allow.group('Admin')]),
  Member: a
    .model({ name: a.string(), teamId: a.id(), team: a.belongsTo('Team', 'teamId') })
    .authorization((allow) => [allow.publicApiKey()]),
});

export type Schema = ClientSchema<typeof schema>;

export const backendConfig: BackendConfig = {
  hasAuth: true,
  authorizationModes: { defaultAuthorizationMode: 'userPool', apiKeyAuthorizationMode: { expiresInDays: 30 } },
};
