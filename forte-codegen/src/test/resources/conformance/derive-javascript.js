// Mirrors @aws-amplify/graphql-generator 0.5.4 GraphQLStatementsFormatter for the javascript target, applied to
// Amplify's own graphql statements: each document prettier-formatted (graphql), exported under its root field name,
// the file prettier-formatted (babel) with prettier 1.19.1, the version the reference pipeline resolved.
const prettier = require('prettier');
const fs = require('fs');
const [,, graphqlFile, outFile] = process.argv;
const body = fs.readFileSync(graphqlFile, 'utf8').split('\n').slice(2).join('\n');
const ops = body.split(/\n(?=query |mutation |subscription )/);
const statements = ops.map((op) => {
  const field = op.match(/\)?\s*\{\s*\n\s*(\w+)/)[1];
  return `export const ${field} = /* GraphQL */ \`${prettier.format(op, { parser: 'graphql' })}\``;
});
const raw = ['/* eslint-disable */', '// this is an auto generated file. This will be overwritten', '\n', ...statements].join('\n');
fs.writeFileSync(outFile, prettier.format(raw, { parser: 'babel' }));
