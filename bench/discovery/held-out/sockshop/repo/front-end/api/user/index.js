(function () {
  'use strict';

  const express = require('express');
  const axios = require('axios');
  const endpoints = require('../endpoints');
  const helpers = require('../../helpers');

  const app = express();

  app.get('/customers/:id', (req, res, next) => {
    helpers.simpleHttpRequest(`${endpoints.customersUrl}/${req.session.customerId}`, res, next);
  });

  app.get('/cards/:id', (req, res, next) => {
    helpers.simpleHttpRequest(`${endpoints.cardsUrl}/${req.params.id}`, res, next);
  });

  app.post('/addresses', async (req, res, next) => {
    req.body.userID = helpers.getCustomerId(req, app.get('env'));
    try {
      const response = await axios.post(endpoints.addressUrl, req.body);
      helpers.respondStatusBody(res, response.status, JSON.stringify(response.data));
    } catch (err) {
      next(err);
    }
  });

  app.post('/cards', async (req, res, next) => {
    req.body.userID = helpers.getCustomerId(req, app.get('env'));
    try {
      const response = await axios.post(endpoints.cardsUrl, req.body);
      helpers.respondStatusBody(res, response.status, JSON.stringify(response.data));
    } catch (err) {
      next(err);
    }
  });

  app.post('/register', async (req, res, next) => {
    try {
      const response = await axios.post(endpoints.registerUrl, req.body);
      req.session.customerId = response.data.id;
      res.cookie('logged_in', req.session.id, { maxAge: 3600000 }).send({ id: response.data.id });
    } catch (err) {
      next(err);
    }
  });

  app.get('/login', async (req, res, next) => {
    try {
      const response = await axios.get(endpoints.loginUrl, {
        headers: { Authorization: req.get('Authorization') },
      });
      req.session.customerId = response.data.user.id;
      res.cookie('logged_in', req.session.id, { maxAge: 3600000 });
      res.status(200).send('Cookie is set');
    } catch (err) {
      res.status(401).end();
    }
  });

  module.exports = app;
}());
