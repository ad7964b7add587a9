require('dotenv').config();
const path = require('path');
require('module-alias')({ base: path.resolve(__dirname, '..') });
const cors = require('cors');
const express = require('express');
const passport = require('passport');
const cookieParser = require('cookie-parser');
const jwtLogin = require('~/strategies/jwtStrategy');
const { connectDb, indexSync } = require('~/lib/db');
const { logger } = require('~/config');
const routes = require('./routes');
const paths = require('~/config/paths');
const loadCustomConfig = require('./services/Config/loadCustomConfig');

const { PORT, HOST, ALLOW_SOCIAL_LOGIN } = process.env ?? {};

const port = Number(PORT) || 3080;
const host = HOST || 'localhost';

const startServer = async () => {
  await connectDb();
  logger.info('Connected to MongoDB');
  await indexSync();

  const app = express();
  app.disable('x-powered-by');
  app.locals.config = await loadCustomConfig();

  app.get('/health', (_req, res) => res.status(200).send('OK'));

  app.use(express.json({ limit: '3mb' }));
  app.use(express.urlencoded({ extended: true, limit: '3mb' }));
  app.use(express.static(paths.dist));
  app.use(express.static(paths.publicPath));
  app.set('trust proxy', 1);
  app.use(cors());
  app.use(cookieParser());

  passport.use(await jwtLogin());
  app.use(passport.initialize());

  if (ALLOW_SOCIAL_LOGIN?.toLowerCase() === 'true') {
    logger.warn('Social login is configured but no strategies are bundled in this build');
  }

  app.use('/api/auth', routes.auth);
  app.use('/api/messages', routes.messages);
  app.use('/api/convos', routes.convos);
  app.use('/api/search', routes.search);
  app.use('/api/ask', routes.ask);
  app.use('/api/files', routes.files);

  app.use((req, res) => {
    res.sendFile(path.join(paths.dist, 'index.html'));
  });

  app.listen(port, host, () => {
    logger.info(`Server listening on http://${host == '0.0.0.0' ? 'localhost' : host}:${port}`);
  });
};

startServer();

process.on('uncaughtException', (err) => {
  logger.error('There was an uncaught error:', err);
});
