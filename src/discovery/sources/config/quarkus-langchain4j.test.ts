import { describe, expect, it } from 'vitest';
import type { ConnectionFact, Fact } from '../../../core/discovery/facts.js';
import { evidenceFor } from '../../source.js';
import { springConfigSource } from './spring-config.js';

async function calls(text: string): Promise<[ConnectionFact['target'], string | undefined, string | undefined, number][]> {
  const file = { path: 'duel/src/main/resources/application.properties', text };
  const facts: Fact[] = await springConfigSource.read(file, { evidenceAt: evidenceFor(file), parse: async () => { throw new Error('no code'); }, rules: [] });
  return facts.filter((fact): fact is ConnectionFact => fact.type === 'connection').map((fact) => [fact.target, fact.technology, fact.targetKind, fact.evidence.line]);
}

describe('Quarkus LangChain4j model providers', () => {
  it.each([
    ['OpenAI by its key', ['quarkus.langchain4j.openai.api-key=${OPENAI_API_KEY}', 'quarkus.langchain4j.openai.chat-model.model-name=gpt-4o'], [[{}, 'OpenAI', 'saas', 1]]],
    ['OpenAI at its own base URL', ['quarkus.langchain4j.openai.base-url=https://api.openai.com/v1'], [[{}, 'OpenAI', 'saas', 1]]],
    ['OpenAI through a proxy', ['quarkus.langchain4j.openai.api-key=x', 'quarkus.langchain4j.openai.base-url=http://llm-gateway:8000/v1'], [[{ key: 'quarkus.langchain4j.openai.base-url' }, 'OpenAI', undefined, 2]]],
    ['a named OpenAI model', ['quarkus.langchain4j.openai.summaries.api-key=x'], [[{}, 'OpenAI', 'saas', 1]]],
    ['Azure OpenAI', ['quarkus.langchain4j.azure-openai.resource-name=arena', 'quarkus.langchain4j.azure-openai.deployment-name=gpt4'], [[{}, 'Azure OpenAI', 'saas', 1]]],
    ['Ollama at its base URL (the setting, which the deployment may override)', ['quarkus.langchain4j.ollama.base-url=http://ollama:11434'], [[{ key: 'quarkus.langchain4j.ollama.base-url' }, 'Ollama', undefined, 1]]],
    ['Ollama without a base URL: the setting, unset its default on this machine', ['quarkus.langchain4j.ollama.chat-model.model-id=llama3'], [[{ key: 'quarkus.langchain4j.ollama.base-url' }, 'Ollama', undefined, 1]]],
    ['a named Ollama model\'s base URL', ['quarkus.langchain4j.ollama.fast.base-url=http://ollama-fast:11434'], [[{ key: 'quarkus.langchain4j.ollama.fast.base-url' }, 'Ollama', undefined, 1]]],
    ['a %dev profile\'s provider is not the deployed one', ['%dev.quarkus.langchain4j.openai.api-key=demo', '%test.quarkus.langchain4j.anthropic.api-key=demo'], []],
    ['the chosen provider among several', ['quarkus.langchain4j.chat-model.provider=ollama', 'quarkus.langchain4j.openai.api-key=x', 'quarkus.langchain4j.ollama.base-url=http://ollama:11434'], [[{ key: 'quarkus.langchain4j.ollama.base-url' }, 'Ollama', undefined, 3]]],
    ['other LangChain4j settings name no provider', ['quarkus.langchain4j.log-requests=true', 'quarkus.langchain4j.timeout=60s'], []],
  ])('%s', async (_, lines, expected) => {
    expect(await calls((lines as string[]).join('\n'))).toEqual(expected);
  });
});
