(function () {
  'use strict';

  const express = require('express');
  const axios = require('axios');
  const endpoints = require('../endpoints');
  const helpers = require('../../helpers');

  const app = express();

  app.get('/orders', async (req, res, next) => {
    const logged_in = req.cookies.logged_in;
    if (!logged_in) {
      next(new Error('User not logged in.'));
      return;
    }
    const custId = req.session.customerId;
    try {
      const response = await axios.get(`${endpoints.ordersUrl}/orders/search/customerId`, {
        params: { sort: 'date', custId },
      });
      helpers.respondSuccessBody(res, JSON.stringify(response.data._embedded ? response.data._embedded.customerOrders : []));
    } catch (err) {
      if (err.response && err.response.status === 404) {
        helpers.respondSuccessBody(res, '[]');
        return;
      }
      next(err);
    }
  });

  app.get('/orders/*', (req, res, next) => {
    helpers.simpleHttpRequest(endpoints.ordersUrl + req.url.toString(), res, next);
  });

  app.post('/orders', async (req, res, next) => {
    const logged_in = req.cookies.logged_in;
    if (!logged_in) {
      next(new Error('User not logged in.'));
      return;
    }
    const custId = req.session.customerId;
    try {
      const order = {
        customer: `${endpoints.customersUrl}/${custId}`,
        address: `${endpoints.addressUrl}/${custId}`,
        card: `${endpoints.cardsUrl}/${custId}`,
        items: `${endpoints.cartsUrl}/${custId}/items`,
      };
      const response = await axios.post(`${endpoints.ordersUrl}/orders`, order);
      helpers.respondStatusBody(res, response.status, JSON.stringify(response.data));
    } catch (err) {
      next(err);
    }
  });

  module.exports = app;
}());
