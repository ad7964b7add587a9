import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { createSchema, createYoga } from 'graphql-yoga';
import { resolvers } from './resolvers.js';

const typeDefs = readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8');

const yoga = createYoga({
  schema: createSchema({ typeDefs, resolvers }),
  graphqlEndpoint: '/graphql',
  healthCheckEndpoint: '/healthz',
});

const port = Number(process.env.PORT ?? 4000);
createServer(yoga).listen(port, () => console.log(`inventory graphql on :${port}`));
