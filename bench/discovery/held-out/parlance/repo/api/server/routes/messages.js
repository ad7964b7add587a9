const express = require('express');
const router = express.Router();
const { getMessages, saveMessage, deleteMessages } = require('~/models/Message');
const requireJwtAuth = require('~/server/middleware/requireJwtAuth');

router.use(requireJwtAuth);

router.get('/:conversationId', async (req, res) => {
  const { conversationId } = req.params;
  res.status(200).send(await getMessages({ conversationId }, '-_id -__v -user'));
});

router.post('/:conversationId', async (req, res) => {
  const message = req.body;
  const savedMessage = await saveMessage({ ...message, user: req.user.id });
  res.status(201).send(savedMessage);
});

router.delete('/:conversationId/:messageId', async (req, res) => {
  const { messageId } = req.params;
  await deleteMessages({ messageId });
  res.status(204).send();
});

module.exports = router;
