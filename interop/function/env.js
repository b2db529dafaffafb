// Stands in for Amplify's generated `$amplify/env/data-access`, which is `process.env` typed.
export const env = process.env;
