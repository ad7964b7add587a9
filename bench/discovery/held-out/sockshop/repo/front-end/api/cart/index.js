(function () {
  'use strict';

  const express = require('express');
  const axios = require('axios');
  const endpoints = require('../endpoints');
  const helpers = require('../../helpers');

  const app = express();

  // List items in cart for current logged in user.
  app.get('/cart', (req, res, next) => {
    const custId = helpers.getCustomerId(req, app.get('env'));
    helpers.simpleHttpRequest(`${endpoints.cartsUrl}/${custId}/items`, res, next);
  });

  // Delete cart
  app.delete('/cart', async (req, res, next) => {
    const custId = helpers.getCustomerId(req, app.get('env'));
    try {
      const response = await axios.delete(`${endpoints.cartsUrl}/${custId}`);
      helpers.respondStatus(res, response.status);
    } catch (err) {
      next(err);
    }
  });

  // Delete item from cart
  app.delete('/cart/:id', async (req, res, next) => {
    const custId = helpers.getCustomerId(req, app.get('env'));
    try {
      const response = await axios.delete(`${endpoints.cartsUrl}/${custId}/items/${req.params.id}`);
      helpers.respondStatus(res, response.status);
    } catch (err) {
      next(err);
    }
  });

  // Add new item to cart
  app.post('/cart', async (req, res, next) => {
    if (req.body.id == null) {
      next(new Error('Must pass id of item to add'));
      return;
    }
    const custId = helpers.getCustomerId(req, app.get('env'));
    try {
      const item = await axios.get(`${endpoints.catalogueUrl}/catalogue/${req.body.id.toString()}`);
      const response = await axios.post(`${endpoints.cartsUrl}/${custId}/items`, {
        itemId: item.data.id,
        unitPrice: item.data.price,
      });
      helpers.respondStatus(res, response.status);
    } catch (err) {
      next(err);
    }
  });

  // Update cart item
  app.post('/cart/update', async (req, res, next) => {
    const custId = helpers.getCustomerId(req, app.get('env'));
    try {
      const item = await axios.get(`${endpoints.catalogueUrl}/catalogue/${req.body.id.toString()}`);
      const response = await axios.patch(`${endpoints.cartsUrl}/${custId}/items`, {
        itemId: item.data.id,
        quantity: req.body.quantity,
        unitPrice: item.data.price,
      });
      helpers.respondStatus(res, response.status);
    } catch (err) {
      next(err);
    }
  });

  module.exports = app;
}());
