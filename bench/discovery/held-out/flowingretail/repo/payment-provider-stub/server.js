// Stand-in for CardGate's charge API. Accepts everything, except amounts
// ending in 13 cents, which are declined so the failure path can be demoed.
const express = require('express');
const crypto = require('crypto');

const app = express();
app.use(express.json());

const PORT = process.env.PORT || 8090;

app.post('/api/charges', (req, res) => {
  const { customerRef, amount, currency } = req.body || {};
  if (!customerRef || typeof amount !== 'number') {
    return res.status(400).json({ error: 'customerRef and amount are required' });
  }
  if (amount % 100 === 13) {
    return res.status(402).json({ status: 'DECLINED' });
  }
  console.log(`charging ${amount} ${currency || 'EUR'} for ${customerRef}`);
  res.json({ transactionId: crypto.randomUUID(), status: 'CAPTURED' });
});

app.get('/health', (_req, res) => res.json({ status: 'UP' }));

app.listen(PORT, () => console.log(`CardGate stub listening on ${PORT}`));
