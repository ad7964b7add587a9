const { GoogleGenerativeAI } = require('@google/generative-ai');
const BaseClient = require('./BaseClient');
const { logger } = require('~/config');

const loc = 'us-central1';
const endpointPrefix = `https://${loc}-aiplatform.googleapis.com`;

class GoogleClient extends BaseClient {
  constructor(credentials, options = {}) {
    super('apiKey', options);
    let creds = {};
    if (typeof credentials === 'string') {
      creds = credentials.startsWith('{') ? JSON.parse(credentials) : { GOOGLE_API_KEY: credentials };
    }
    this.serviceKey = creds.GOOGLE_SERVICE_KEY ?? {};
    this.project_id = this.serviceKey.project_id;
    this.apiKey = creds.GOOGLE_API_KEY;
    this.setOptions(options);
  }

  setOptions(options) {
    this.options = options;
    this.modelOptions = { model: options.modelOptions?.model || 'gemini-pro', temperature: 0.2 };
    this.sender = 'Google';
    // Vertex AI path (service account) vs Gemini API key path
    this.isGenerativeModel = this.modelOptions.model.includes('gemini');
    this.completionsUrl = `${endpointPrefix}/v1/projects/${this.project_id}/locations/${loc}/publishers/google/models/${this.modelOptions.model}:serverStreamingPredict`;
  }

  async sendCompletion(payload, { onProgress } = {}) {
    const genAI = new GoogleGenerativeAI(this.apiKey);
    const model = genAI.getGenerativeModel({ model: this.modelOptions.model });
    const contents = payload
      .filter((m) => m.role !== 'system')
      .map((m) => ({ role: m.role === 'assistant' ? 'model' : 'user', parts: [{ text: m.content }] }));

    let reply = '';
    const result = await model.generateContentStream({
      contents,
      generationConfig: { temperature: this.modelOptions.temperature },
    });
    for await (const chunk of result.stream) {
      reply += chunk.text();
      onProgress?.(reply);
    }
    logger.debug('[GoogleClient] done');
    return reply;
  }
}

module.exports = GoogleClient;
