// Runs the handler once, as Lambda would, in a process whose environment is the function's (the suite passes the
// variables `forte function env data-access` prints): node invoke.js '<event JSON>'. Prints the handler's result
// as JSON; a rejected promise fails the process.
import { handler } from './handler.js';

const event = JSON.parse(process.argv[2] ?? '{}');
const result = await handler(event, { functionName: process.env.AWS_LAMBDA_FUNCTION_NAME });
process.stdout.write(JSON.stringify(result) + '\n');
