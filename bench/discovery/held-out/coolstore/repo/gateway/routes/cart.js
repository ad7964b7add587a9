'use strict';

const express = require('express');
const { upstream } = require('../lib/upstream');

const router = express.Router();
const cart = upstream('cart');

router.get('/cart/:cartId', async (req, res, next) => {
  try {
    res.json(await cart.get(`/api/cart/${req.params.cartId}`));
  } catch (err) {
    next(err);
  }
});

router.post('/cart/checkout/:cartId', async (req, res, next) => {
  try {
    res.json(await cart.post(`/api/cart/checkout/${req.params.cartId}`, req.body));
  } catch (err) {
    next(err);
  }
});

router.post('/cart/:cartId/:itemId/:quantity', async (req, res, next) => {
  const { cartId, itemId, quantity } = req.params;
  try {
    res.json(await cart.post(`/api/cart/${cartId}/${itemId}/${quantity}`));
  } catch (err) {
    next(err);
  }
});

router.delete('/cart/:cartId/:itemId/:quantity', async (req, res, next) => {
  const { cartId, itemId, quantity } = req.params;
  try {
    res.json(await cart.delete(`/api/cart/${cartId}/${itemId}/${quantity}`));
  } catch (err) {
    next(err);
  }
});

module.exports = router;
