// Relationships: hasMany/belongsTo, hasOne/belongsTo, a composite-key parent, auth variety, timestamps, lists.
import { a, type ClientSchema } from '@aws-amplify/data-schema';
import type { BackendConfig } from './_stubs';

export const schema = a
  .schema({
    Blog: a.model({
      name: a.string().required(),
      posts: a.hasMany('Post', 'blogId'),
    }),
    Post: a.model({
      title: a.string().required(),
      publishedAt: a.datetime(),
      blogId: a.id(),
      blog: a.belongsTo('Blog', 'blogId'),
      comments: a.hasMany('Comment', 'postId'),
      tags: a.string().array(),
    }).authorization((allow) => [allow.owner(), allow.groups(['Admin', 'Editors']).to(['read']), allow.authenticated().to(['read', 'create'])]),
    Comment: a.model({
      content: a.string().required(),
      postId: a.id().required(),
      post: a.belongsTo('Post', 'postId'),
    }),
    User: a.model({
      name: a.string(),
      profile: a.hasOne('Profile', 'userId'),
    }),
    Profile: a.model({
      bio: a.string(),
      userId: a.id(),
      user: a.belongsTo('User', 'userId'),
    }),
    Store: a.model({
      storeId: a.id().required(),
      region: a.string().required(),
      items: a.hasMany('Item', ['storeId', 'region']),
    }).identifier(['storeId', 'region']),
    Item: a.model({
      label: a.string(),
      storeId: a.id(),
      region: a.string(),
      store: a.belongsTo('Store', ['storeId', 'region']),
    }),
  })
  .authorization((allow) => [allow.publicApiKey()]);

export type Schema = ClientSchema<typeof schema>;

export const backendConfig: BackendConfig = {
  hasAuth: true,
  authorizationModes: { defaultAuthorizationMode: 'apiKey', apiKeyAuthorizationMode: { expiresInDays: 30 } },
};
