const express = require('express');
const router = express.Router();
const { MeiliSearch } = require('meilisearch');
const { Message } = require('~/models/Message');
const requireJwtAuth = require('~/server/middleware/requireJwtAuth');
const { isEnabled } = require('~/server/utils');

router.use(requireJwtAuth);

router.get('/', async (req, res) => {
  const { q } = req.query;
  const user = req.user.id ?? '';
  const messages = (await Message.meiliSearch(q, { filter: `user = "${user}"` }, true)).hits;
  res.status(200).send({ messages });
});

router.get('/enable', async (req, res) => {
  if (!isEnabled(process.env.SEARCH)) {
    return res.send(false);
  }
  try {
    const client = new MeiliSearch({
      host: process.env.MEILI_HOST,
      apiKey: process.env.MEILI_MASTER_KEY,
    });
    const { status } = await client.health();
    return res.send(status === 'available');
  } catch (error) {
    return res.send(false);
  }
});

module.exports = router;
