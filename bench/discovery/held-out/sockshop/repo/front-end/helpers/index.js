(function () {
  'use strict';

  const axios = require('axios');
  const helpers = {};

  helpers.errorHandler = function (err, req, res, next) {
    const ret = {
      message: err.message,
      error: err,
    };
    res.status(err.status || 500).send(ret);
  };

  helpers.sessionMiddleware = function (req, res, next) {
    if (!req.cookies.logged_in) {
      req.session.customerId = null;
    }
    next();
  };

  helpers.respondSuccessBody = function (res, body) {
    helpers.respondStatusBody(res, 200, body);
  };

  helpers.respondStatusBody = function (res, statusCode, body) {
    res.writeHeader(statusCode);
    res.write(body);
    res.end();
  };

  helpers.respondStatus = function (res, statusCode) {
    res.writeHeader(statusCode);
    res.end();
  };

  helpers.rewriteSlash = function (req, res, next) {
    if (req.url.substr(-1) === '/' && req.url.length > 1) {
      res.redirect(301, req.url.slice(0, -1));
    } else {
      next();
    }
  };

  helpers.simpleHttpRequest = function (url, res, next) {
    axios.get(url)
      .then((response) => helpers.respondSuccessBody(res, JSON.stringify(response.data)))
      .catch(next);
  };

  helpers.getCustomerId = function (req, env) {
    const logged_in = req.cookies.logged_in;
    if (!logged_in) {
      if (!req.session.id) {
        throw new Error('User not logged in.');
      }
      return req.session.id;
    }
    return req.session.customerId;
  };

  module.exports = helpers;
}());
