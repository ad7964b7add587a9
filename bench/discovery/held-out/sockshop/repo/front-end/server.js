const express = require('express');
const morgan = require('morgan');
const bodyParser = require('body-parser');
const cookieParser = require('cookie-parser');
const session = require('express-session');

const config = require('./config');
const helpers = require('./helpers');
const cart = require('./api/cart');
const catalogue = require('./api/catalogue');
const orders = require('./api/orders');
const user = require('./api/user');

const app = express();

app.use(helpers.rewriteSlash);
app.use(express.static('public'));
if (process.env.SESSION_REDIS) {
  console.log('Using the redis based session manager');
  app.use(session(config.sessionRedisConfig));
} else {
  console.log('Using local session manager');
  app.use(session(config.sessionConfig));
}

app.use(bodyParser.urlencoded({ extended: true }));
app.use(bodyParser.json());
app.use(cookieParser());
app.use(helpers.sessionMiddleware);
app.use(morgan('dev', {}));

const domain = process.env.DOMAIN ? `.${process.env.DOMAIN}` : '';
process.argv.forEach((val, index) => {
  const arg = val.split('=');
  if (arg.length > 1 && arg[0] === '--domain') {
    console.log('Setting domain to:', arg[1]);
  }
});

app.use(cart);
app.use(catalogue);
app.use(orders);
app.use(user);

app.use(helpers.errorHandler);

const port = process.env.PORT || 8079;
const server = app.listen(port, () => {
  console.log('App now running in %s mode on port %d (domain "%s")', app.get('env'), port, domain);
});

module.exports = server;
