const Anthropic = require('@anthropic-ai/sdk');
const BaseClient = require('./BaseClient');
const { logger } = require('~/config');

const HUMAN_PROMPT = '\n\nHuman:';
const AI_PROMPT = '\n\nAssistant:';

class AnthropicClient extends BaseClient {
  constructor(apiKey, options = {}) {
    super(apiKey, options);
    this.apiKey = apiKey || process.env.ANTHROPIC_API_KEY;
    this.setOptions(options);
  }

  setOptions(options) {
    this.options = options;
    this.modelOptions = {
      model: options.modelOptions?.model || 'claude-3-sonnet-20240229',
      temperature: 1,
      maxOutputTokens: 4000,
    };
    this.sender = 'Anthropic';
    this.startToken = '||>';
    this.endToken = '';
  }

  getClient() {
    const options = { apiKey: this.apiKey };
    if (process.env.ANTHROPIC_REVERSE_PROXY) {
      options.baseURL = process.env.ANTHROPIC_REVERSE_PROXY;
    }
    return new Anthropic(options);
  }

  async sendCompletion(payload, { onProgress } = {}) {
    const client = this.getClient();
    const system = payload.find((m) => m.role === 'system')?.content;
    const messages = payload.filter((m) => m.role !== 'system');

    let text = '';
    const stream = await client.messages.create({
      model: this.modelOptions.model,
      max_tokens: this.modelOptions.maxOutputTokens,
      temperature: this.modelOptions.temperature,
      system,
      messages,
      stream: true,
    });
    for await (const event of stream) {
      if (event.type === 'content_block_delta') {
        text += event.delta.text;
        onProgress?.(text);
      }
    }
    logger.debug('[AnthropicClient] stream complete', { HUMAN_PROMPT, AI_PROMPT });
    return text.trim();
  }
}

module.exports = AnthropicClient;
