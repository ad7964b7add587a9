'use strict';

const express = require('express');
const morgan = require('morgan');
const jwt = require('jsonwebtoken');
const appInsights = require('applicationinsights');
const db = require('./db');

if (process.env.APPLICATIONINSIGHTS_CONNECTION_STRING) {
  appInsights.setup().setAutoCollectConsole(true).start();
}

const app = express();
app.use(express.json());
app.use(morgan('tiny'));

function currentUserEmail(req) {
  const header = req.headers.authorization || '';
  const token = header.replace(/^Bearer\s+/i, '');
  if (!token) return null;
  try {
    const claims = jwt.verify(token, process.env.JWT_SECURITY_KEY || '');
    return claims.email || null;
  } catch (e) {
    return null;
  }
}

app.get('/liveness', (req, res) => res.send('Healthy'));

app.get('/v1/coupon', async (req, res, next) => {
  try {
    const email = currentUserEmail(req);
    const col = await db.coupons();
    const list = await col.find({ $or: [{ userEmail: null }, { userEmail: email }] }).toArray();
    res.json(list.map(({ _id, ...c }) => ({ id: _id, ...c })));
  } catch (err) {
    next(err);
  }
});

app.get('/v1/coupon/:code', async (req, res, next) => {
  try {
    const col = await db.coupons();
    const coupon = await col.findOne({ code: req.params.code.toUpperCase() });
    if (!coupon) return res.sendStatus(404);
    return res.json(coupon);
  } catch (err) {
    return next(err);
  }
});

app.use((err, req, res, next) => { // eslint-disable-line no-unused-vars
  console.error(err);
  res.status(500).json({ error: 'internal error' });
});

if (require.main === module) {
  const port = process.env.PORT || 3000;
  db.seed()
    .catch((e) => console.warn('seed skipped:', e.message))
    .finally(() => app.listen(port, () => console.log(`coupons-api listening on ${port}`)));
}

module.exports = app;
