const OpenAI = require('openai');
const { HttpsProxyAgent } = require('https-proxy-agent');
const BaseClient = require('./BaseClient');
const createContextHandlers = require('./prompts/createContextHandlers');
const { logger } = require('~/config');

class OpenAIClient extends BaseClient {
  constructor(apiKey, options = {}) {
    super(apiKey, options);
    this.setOptions(options);
  }

  setOptions(options) {
    this.options = { ...this.options, ...options };
    this.modelOptions = {
      model: options.modelOptions?.model || 'gpt-3.5-turbo',
      temperature: 0.8,
      ...options.modelOptions,
    };
    const { reverseProxyUrl } = this.options;
    // custom endpoints (parlance.yaml) reuse this client with their own baseURL
    this.baseURL = reverseProxyUrl || process.env.OPENAI_REVERSE_PROXY || undefined;
    this.sender = options.modelDisplayLabel ?? 'ChatGPT';
  }

  getClient() {
    const opts = { apiKey: this.apiKey };
    if (this.baseURL) {
      opts.baseURL = this.baseURL;
    }
    if (process.env.OPENAI_ORGANIZATION) {
      opts.organization = process.env.OPENAI_ORGANIZATION;
    }
    if (this.options.proxy) {
      opts.httpAgent = new HttpsProxyAgent(this.options.proxy);
    }
    return new OpenAI(opts);
  }

  async sendCompletion(payload, { onProgress, abortController } = {}) {
    const openai = this.getClient();
    const req = this.options.req;

    if (req?.body?.files?.length && process.env.RAG_API_URL) {
      const contextHandlers = createContextHandlers(req, payload[payload.length - 1].content);
      for (const file of req.body.files) {
        await contextHandlers.processFile(file);
      }
      const context = await contextHandlers.createContext();
      payload.unshift({ role: 'system', content: context });
    }

    const modelOptions = { ...this.modelOptions, messages: payload, stream: true };
    for (const param of this.options.dropParams ?? []) {
      delete modelOptions[param];
    }

    let intermediateReply = '';
    const stream = await openai.chat.completions.create(modelOptions, {
      signal: abortController?.signal,
    });
    for await (const chunk of stream) {
      const token = chunk.choices[0]?.delta?.content || '';
      intermediateReply += token;
      onProgress?.(intermediateReply);
    }
    logger.debug('[OpenAIClient] completion finished', { model: modelOptions.model });
    return intermediateReply;
  }

  async titleConvo({ text }) {
    const openai = this.getClient();
    const completion = await openai.chat.completions.create({
      model: this.options.titleModel ?? process.env.OPENAI_TITLE_MODEL ?? 'gpt-3.5-turbo',
      messages: [{ role: 'user', content: `Write a concise 5-word title for: ${text}` }],
      max_tokens: 16,
    });
    return completion.choices[0].message.content.trim();
  }
}

module.exports = OpenAIClient;
