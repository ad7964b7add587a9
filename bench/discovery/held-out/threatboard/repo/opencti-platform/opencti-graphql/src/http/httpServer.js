import http from 'node:http';
import path from 'node:path';
import express from 'express';
import { expressMiddleware } from '@apollo/server/express4';
import { BASE_PATH, PORT } from '../config/conf';
import createApolloServer from '../graphql/graphql';

export const startHttpServer = async () => {
  const app = express();
  const apollo = createApolloServer();
  await apollo.start();
  app.use(`${BASE_PATH}/graphql`, express.json({ limit: '100mb' }), expressMiddleware(apollo));
  // The React front end build is copied into ./public by the Dockerfile and served here
  app.use(`${BASE_PATH}/static`, express.static(path.join(__dirname, '../public/static')));
  app.get(`${BASE_PATH}/health`, (req, res) => res.send('ok'));
  app.get('*', (req, res) => res.sendFile(path.join(__dirname, '../public/index.html')));
  const server = http.createServer(app);
  await new Promise((resolve) => server.listen(PORT, resolve));
  return server;
};
