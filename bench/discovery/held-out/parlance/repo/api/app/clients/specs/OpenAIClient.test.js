jest.mock('openai');
jest.mock('~/models/Message', () => ({
  getMessages: jest.fn().mockResolvedValue([]),
  saveMessage: jest.fn(),
}));

const OpenAI = require('openai');
const OpenAIClient = require('../OpenAIClient');

describe('OpenAIClient', () => {
  beforeEach(() => {
    OpenAI.mockImplementation(() => ({
      chat: {
        completions: {
          create: jest.fn().mockResolvedValue((async function* () {
            yield { choices: [{ delta: { content: 'Hello' } }] };
          })()),
        },
      },
    }));
  });

  it('uses the reverse proxy URL as baseURL', () => {
    const client = new OpenAIClient('test-key', { reverseProxyUrl: 'http://localhost:9999/v1' });
    expect(client.baseURL).toBe('http://localhost:9999/v1');
  });

  it('streams a completion', async () => {
    const client = new OpenAIClient('test-key', {});
    const text = await client.sendCompletion([{ role: 'user', content: 'hi' }]);
    expect(text).toBe('Hello');
  });
});
