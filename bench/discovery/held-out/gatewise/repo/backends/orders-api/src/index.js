const express = require('express');
const { reserveStock } = require('./inventoryClient');

const app = express();
app.use(express.json());

const orders = new Map();
let nextId = 1;

app.get('/api/orders', (req, res) => res.json([...orders.values()]));

app.get('/api/orders/:id', (req, res) => {
  const order = orders.get(Number(req.params.id));
  return order ? res.json(order) : res.status(404).json({ message: 'order not found' });
});

app.post('/api/orders', async (req, res) => {
  const { sku, quantity } = req.body;
  try {
    await reserveStock(sku, quantity);
  } catch (err) {
    return res.status(409).json({ message: `cannot reserve ${sku}: ${err.message}` });
  }
  const order = { id: nextId++, sku, quantity, status: 'CONFIRMED', createdAt: new Date().toISOString() };
  orders.set(order.id, order);
  res.status(201).json(order);
});

const port = Number(process.env.PORT || 3000);
app.listen(port, () => console.log(`orders-api listening on ${port}`));
