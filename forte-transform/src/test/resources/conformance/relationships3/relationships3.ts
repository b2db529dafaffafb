// A model related to itself (a category tree) and a join model for many-to-many (two belongsTo, a hasMany on each side).
import { a, type ClientSchema } from '@aws-amplify/data-schema';
import type { BackendConfig } from './_stubs';

export const schema = a
  .schema({
    Category: a.model({
      name: a.string().required(),
      parentId: a.id(),
      parent: a.belongsTo('Category', 'parentId'),
      children: a.hasMany('Category', 'parentId'),
    }),
    Student: a.model({
      name: a.string(),
      enrollments: a.hasMany('Enrollment', 'studentId'),
    }),
    Course: a.model({
      title: a.string(),
      enrollments: a.hasMany('Enrollment', 'courseId'),
    }).authorization((allow) => [allow.authenticated()]),
    Enrollment: a.model({
      studentId: a.id().required(),
      courseId: a.id().required(),
      student: a.belongsTo('Student', 'studentId'),
      course: a.belongsTo('Course', 'courseId'),
    }),
  })
  .authorization((allow) => [allow.publicApiKey()]);

export type Schema = ClientSchema<typeof schema>;

export const backendConfig: BackendConfig = {
  hasAuth: true,
  authorizationModes: { defaultAuthorizationMode: 'apiKey', apiKeyAuthorizationMode: { expiresInDays: 30 } },
};
