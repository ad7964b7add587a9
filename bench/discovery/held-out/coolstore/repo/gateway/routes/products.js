'use strict';

const express = require('express');
const { upstream } = require('../lib/upstream');

const router = express.Router();
const catalog = upstream('catalog');
const inventory = upstream('inventory');

// Product list enriched with availability from the inventory service.
router.get('/products', async (req, res, next) => {
  try {
    const products = await catalog.get('/services/products');
    const enriched = await Promise.all(products.map(async (p) => {
      try {
        const inv = await inventory.get(`/services/inventory/${encodeURIComponent(p.itemId)}`);
        return { ...p, availability: { quantity: inv.quantity, location: inv.location, link: inv.link } };
      } catch (err) {
        return { ...p, availability: null };
      }
    }));
    res.json(enriched);
  } catch (err) {
    next(err);
  }
});

router.get('/products/:itemId', async (req, res, next) => {
  try {
    res.json(await catalog.get(`/services/product/${encodeURIComponent(req.params.itemId)}`));
  } catch (err) {
    next(err);
  }
});

router.get('/availability/:itemId', async (req, res, next) => {
  try {
    res.json(await inventory.get(`/services/inventory/${encodeURIComponent(req.params.itemId)}`));
  } catch (err) {
    next(err);
  }
});

module.exports = router;
