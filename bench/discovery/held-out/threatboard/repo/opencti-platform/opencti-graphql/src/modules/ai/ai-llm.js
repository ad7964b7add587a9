import OpenAI from 'openai';
import conf, { ENABLED_AI } from '../../config/conf';

let client = null;
if (ENABLED_AI && conf.get('app:ai:token')) {
  client = new OpenAI({ apiKey: conf.get('app:ai:token'), baseURL: conf.get('app:ai:endpoint') });
}

export const queryAi = async (prompt) => {
  if (!client) throw new Error('Filigran AI is not enabled');
  const response = await client.chat.completions.create({ model: conf.get('app:ai:model'), messages: [{ role: 'user', content: prompt }] });
  return response.choices[0].message.content;
};
