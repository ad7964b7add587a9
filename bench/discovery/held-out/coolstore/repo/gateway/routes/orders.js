'use strict';

const express = require('express');
const { upstream } = require('../lib/upstream');

const router = express.Router();
const orders = upstream('order');

router.get('/orders', async (req, res, next) => {
  try {
    res.json(await orders.get('/api/orders'));
  } catch (err) {
    next(err);
  }
});

router.get('/orders/:orderId', async (req, res, next) => {
  try {
    res.json(await orders.get(`/api/orders/${encodeURIComponent(req.params.orderId)}`));
  } catch (err) {
    next(err);
  }
});

module.exports = router;
