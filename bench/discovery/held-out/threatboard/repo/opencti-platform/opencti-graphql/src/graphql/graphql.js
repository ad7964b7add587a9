import { ApolloServer } from '@apollo/server';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import conf from '../config/conf';
import reportResolvers from '../resolvers/report';

const typeDefs = readFileSync(path.join(__dirname, '../schema/opencti.graphql'), 'utf8');

const createApolloServer = () => {
  const schema = makeExecutableSchema({ typeDefs, resolvers: [reportResolvers] });
  return new ApolloServer({
    schema,
    introspection: conf.get('app:playground_enabled'),
    csrfPrevention: false,
  });
};

export default createApolloServer;
