'use strict';

const express = require('express');
const bodyParser = require('body-parser');
const CartRepository = require('./cartRepository');

const config = {
  host: process.env.COSMOSDB_HOST,                 // https://cwt-cart.documents.azure.com:443/
  authKey: process.env.COSMOSDB_AUTHKEY,
  databaseId: process.env.COSMOSDB_DATABASE || 'cart',
  containerId: process.env.COSMOSDB_CONTAINER || 'shoppingcart',
};

const repo = new CartRepository(config);
const app = express();
app.use(bodyParser.json());

function emailOf(req) {
  return req.header('x-crosswind-user') || req.query.email;
}

app.get('/liveness', (req, res) => res.status(200).send('Healthy'));

app.get('/shoppingcart', async (req, res) => {
  res.json(await repo.findByEmail(emailOf(req)));
});

app.post('/shoppingcart', async (req, res) => {
  const item = await repo.addProduct(emailOf(req), req.body);
  res.status(201).json(item);
});

app.put('/shoppingcart/:id', async (req, res) => {
  const updated = await repo.updateQuantity(emailOf(req), req.params.id, req.body.qty);
  return updated ? res.json(updated) : res.sendStatus(404);
});

app.delete('/shoppingcart/:id', async (req, res) => {
  await repo.remove(emailOf(req), req.params.id);
  res.sendStatus(204);
});

const port = process.env.PORT || 3000;
repo.init()
  .then(() => app.listen(port, () => console.log(`cart-api listening on ${port}`)))
  .catch((err) => {
    console.error('Cannot initialise Cosmos DB container', err);
    process.exit(1);
  });
