// Field validation (`.validate(v => ...)`): every validator on every field type that takes it (String: minLength,
// maxLength, startsWith, endsWith, matches; Int and Float: gt, lt, gte, lte, positive, negative), with and without a
// custom error message, after `.required()` and after `.default(...)`, on two models, beside a model without any.
import { a, type ClientSchema } from '@aws-amplify/data-schema';
import { type BackendConfig } from './_stubs';

export const schema = a
  .schema({
    Product: a.model({
      name: a.string().required().validate((v) => v.minLength(3).maxLength(20, 'Name must be at most 20 characters')),
      sku: a.string().validate((v) => v.startsWith('SKU-').endsWith('-X', "SKUs end with '-X'")),
      code: a.string().validate((v) => v.matches('^[A-Z]{2}[0-9]+$', 'Code: two capitals, then "digits"')),
      tag: a.string().validate((v) => v.matches('^[a-z]+\\\\d$')),
      status: a.string().default('draft').validate((v) => v.minLength(5)),
      quantity: a.integer().validate((v) => v.gt(0).lt(1000, 'At most 999 items')),
      stock: a.integer().required().validate((v) => v.gte(0).lte(500)),
      rank: a.integer().validate((v) => v.positive()),
      level: a.integer().default(5).validate((v) => v.gte(1).lte(10, 'Level is 1 to 10')),
      price: a.float().validate((v) => v.gt(0.5).lt(99.99)),
      weight: a.float().required().validate((v) => v.gte(-2.5).lte(1000, 'Too heavy')),
      discount: a.float().validate((v) => v.negative('Discounts are negative')),
      margin: a.float().validate((v) => v.positive().lte(0.75)),
      balance: a.integer().validate((v) => v.negative()),
      note: a.string(),
    }),
    Review: a.model({
      stars: a.integer().required().validate((v) => v.gte(1, 'At least one star').lte(5, 'At most five stars')),
      body: a.string().validate((v) => v.maxLength(280)),
    }),
    Plain: a.model({
      title: a.string(),
    }),
  })
  .authorization((allow) => [allow.publicApiKey()]);

export type Schema = ClientSchema<typeof schema>;

export const backendConfig: BackendConfig = {
  hasAuth: true,
  authorizationModes: { defaultAuthorizationMode: 'apiKey', apiKeyAuthorizationMode: { expiresInDays: 30 } },
};
