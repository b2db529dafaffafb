// Relationship fields with their own rules, different from their models' rules (what sets $ctx.stash.deniedField?).
import { a, type ClientSchema } from '@aws-amplify/data-schema';
import type { BackendConfig } from './_stubs';

export const schema = a
  .schema({
    Post: a.model({
      title: a.string().required(),
      comments: a.hasMany('Comment', 'postId').authorization((allow) => [allow.owner()]),
      secret: a.string().authorization((allow) => [allow.group('HR')]),
    }),
    Comment: a.model({
      content: a.string().required(),
      postId: a.id(),
      post: a.belongsTo('Post', 'postId').authorization((allow) => [allow.group('Admin')]),
    }),
    User: a.model({
      name: a.string(),
      profile: a.hasOne('Profile', 'userId').authorization((allow) => [allow.group('Admin')]),
    }),
    Profile: a.model({
      bio: a.string(),
      userId: a.id(),
      user: a.belongsTo('User', 'userId'),
    }),
  })
  .authorization((allow) => [allow.authenticated()]);

export type Schema = ClientSchema<typeof schema>;

export const backendConfig: BackendConfig = { hasAuth: true, authorizationModes: { defaultAuthorizationMode: 'userPool' } };
