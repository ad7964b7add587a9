const express = require('express');
const router = express.Router();
const { getConvosByPage, getConvo, saveConvo, deleteConvos } = require('~/models/Conversation');
const requireJwtAuth = require('~/server/middleware/requireJwtAuth');

router.use(requireJwtAuth);

router.get('/', async (req, res) => {
  const pageNumber = req.query.pageNumber || 1;
  res.status(200).send(await getConvosByPage(req.user.id, pageNumber));
});

router.get('/:conversationId', async (req, res) => {
  const convo = await getConvo(req.user.id, req.params.conversationId);
  convo ? res.status(200).send(convo) : res.status(404).end();
});

router.post('/update', async (req, res) => {
  const update = req.body.arg;
  res.status(201).send(await saveConvo(req.user.id, update));
});

router.post('/clear', async (req, res) => {
  const { conversationId } = req.body.arg;
  res.status(201).send(await deleteConvos(req.user.id, { conversationId }));
});

module.exports = router;
