(function () {
  'use strict';

  const express = require('express');
  const axios = require('axios');
  const endpoints = require('../endpoints');
  const helpers = require('../../helpers');

  const app = express();

  app.get('/catalogue/images*', (req, res, next) => {
    const url = endpoints.catalogueUrl + req.url.toString();
    axios.get(url, { responseType: 'stream' })
      .then((response) => response.data.pipe(res))
      .catch(next);
  });

  app.get('/catalogue*', (req, res, next) => {
    helpers.simpleHttpRequest(endpoints.catalogueUrl + req.url.toString(), res, next);
  });

  app.get('/tags', (req, res, next) => {
    helpers.simpleHttpRequest(endpoints.tagsUrl, res, next);
  });

  module.exports = app;
}());
