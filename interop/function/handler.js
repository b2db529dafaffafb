// The function of Amplify's guide "Grant Lambda function access to API and Data"
// (amplify/functions/data-access/handler.ts), unchanged but for its imports: TypeScript's type-only imports and
// annotations (`Handler`, `Schema`, `generateClient<Schema>`) are gone, `$amplify/env/data-access` is ./env.js,
// and the statements come from `forte generate graphql-client-code --statement-target javascript`.
import { Amplify } from 'aws-amplify';
import { generateClient } from 'aws-amplify/data';
import { createTodo } from './graphql/mutations.js';
import { listTodos } from './graphql/queries.js';
import { env } from './env.js';

Amplify.configure(
  {
    API: {
      GraphQL: {
        endpoint: env.amplifyData_GRAPHQL_ENDPOINT,
        region: env.AWS_REGION,
        defaultAuthMode: 'identityPool'
      }
    }
  },
  {
    Auth: {
      credentialsProvider: {
        getCredentialsAndIdentityId: async () => ({
          credentials: {
            accessKeyId: env.AWS_ACCESS_KEY_ID,
            secretAccessKey: env.AWS_SECRET_ACCESS_KEY,
            sessionToken: env.AWS_SESSION_TOKEN,
          },
        }),
        clearCredentialsAndIdentityId: () => {
          /* noop */
        },
      },
    },
  }
);

const client = generateClient();

export const handler = async (event) => {
  await client.graphql({
    query: createTodo,
    variables: {
      input: {
        name: "My first todo",
        description: "This is my first todo",
      },
    },
  });


  await client.graphql({
    query: listTodos,
  });

  return event;
};
