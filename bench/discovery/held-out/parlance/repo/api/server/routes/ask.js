const express = require('express');
const router = express.Router();
const { EModelEndpoint } = require('parlance-data-provider');
const OpenAIClient = require('~/app/clients/OpenAIClient');
const AnthropicClient = require('~/app/clients/AnthropicClient');
const GoogleClient = require('~/app/clients/GoogleClient');
const initializeCustomClient = require('~/server/services/Endpoints/custom/initializeClient');
const requireJwtAuth = require('~/server/middleware/requireJwtAuth');
const { saveMessage } = require('~/models/Message');

router.use(requireJwtAuth);

async function getClient(req, res, endpoint) {
  switch (endpoint) {
    case EModelEndpoint.openAI:
      return new OpenAIClient(process.env.OPENAI_API_KEY, { req, res });
    case EModelEndpoint.anthropic:
      return new AnthropicClient(process.env.ANTHROPIC_API_KEY, { req, res });
    case EModelEndpoint.google:
      return new GoogleClient(process.env.GOOGLE_KEY, { req, res });
    default:
      return (await initializeCustomClient({ req, res, endpoint })).client;
  }
}

router.post('/:endpoint', async (req, res) => {
  const { endpoint } = req.params;
  const { text, conversationId, parentMessageId, endpointOption } = req.body;

  res.setHeader('Content-Type', 'text/event-stream');
  res.setHeader('Cache-Control', 'no-cache');

  const client = await getClient(req, res, endpoint);
  const response = await client.sendMessage(text, {
    user: req.user.id,
    conversationId,
    parentMessageId,
    ...endpointOption,
    onProgress: (partial) => res.write(`event: message\ndata: ${JSON.stringify({ text: partial })}\n\n`),
  });

  await saveMessage({ ...response, user: req.user.id });
  res.write(`event: message\ndata: ${JSON.stringify({ final: true, responseMessage: response })}\n\n`);
  res.end();
});

module.exports = router;
