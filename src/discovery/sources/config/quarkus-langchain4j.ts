/**
 * Quarkus LangChain4j: an AI service (`@RegisterAiService`) calls the model provider whose
 * extension the module has, configured as `quarkus.langchain4j.<provider>.*` (also of a named
 * model, `quarkus.langchain4j.<provider>.<name>.*`). A provider's keys in the settings a running
 * service reads (profiles already applied: a `%dev` WireMock stub or key is gone) say it is used;
 * `quarkus.langchain4j.chat-model.provider` picks one when several are configured. Hosted
 * providers are SaaS (OpenAI, Azure OpenAI, Anthropic, Mistral AI), unless `base-url` points at
 * another host (a proxy, a compatible server); Ollama is the host of its `base-url`, by default
 * this machine's and then nobody's. A base URL not the provider's own is the setting, for
 * resolution to take the deployment's value (`QUARKUS_LANGCHAIN4J_OLLAMA_BASE_URL`) over the file's.
 */
import type { ConnectionFact, EvidenceAt, Fact, TargetRef } from '../../../core/discovery/facts.js';
import { CONFIDENCE } from '../../../core/discovery/facts.js';
import { parseAddress } from '../../../core/discovery/addresses.js';
import type { BindingOwner } from './emit.js';
import { withSpringDefaults } from './placeholders.js';

/** A leaf of a settings document, its key in canonical form (lower case, no `-` or `_`) and as written. */
export interface CanonicalLeaf {
  key: string;
  written: string;
  value: string;
  line: number;
}

/** The providers, by the canonical segment of their keys. */
const PROVIDERS: Readonly<Record<string, { technology: string; hosted?: string }>> = {
  openai: { technology: 'OpenAI', hosted: 'api.openai.com' },
  azureopenai: { technology: 'Azure OpenAI', hosted: 'openai.azure.com' },
  anthropic: { technology: 'Anthropic', hosted: 'api.anthropic.com' },
  mistralai: { technology: 'Mistral AI', hosted: 'api.mistral.ai' },
  ollama: { technology: 'Ollama' },
};

const PROVIDER_KEY = /^quarkus\.langchain4j\.([a-z0-9]+)\.(.+)$/;
const CHOSEN = /^quarkus\.langchain4j\.(?:[^.]+\.)?(?:chatmodel|embeddingmodel)\.provider$/;

/** The calls to model providers a document's settings configure. */
export function langchain4jConnections(leaves: readonly CanonicalLeaf[], owner: BindingOwner, evidenceAt: EvidenceAt): Fact[] {
  const chosen = new Set(leaves.filter((leaf) => CHOSEN.test(leaf.key)).map((leaf) => withSpringDefaults(leaf.value).trim().toLowerCase().replace(/[-_]/g, '')));
  const first = new Map<string, CanonicalLeaf>();
  const baseUrl = new Map<string, CanonicalLeaf>();
  for (const leaf of leaves) {
    const match = PROVIDER_KEY.exec(leaf.key);
    const provider = match?.[1];
    if (!provider || !PROVIDERS[provider] || (chosen.size > 0 && !chosen.has(provider))) continue;
    if (!first.has(provider)) first.set(provider, leaf);
    if (/(?:^|\.)(?:baseurl|endpoint)$/.test(match[2] as string) && !baseUrl.has(provider)) baseUrl.set(provider, leaf);
  }
  const facts: Fact[] = [];
  for (const [provider, leaf] of first) {
    const { technology, hosted } = PROVIDERS[provider] as { technology: string; hosted?: string };
    const base = baseUrl.get(provider);
    const address = base ? parseAddress(withSpringDefaults(base.value)) : undefined;
    const own = address !== undefined && hosted !== undefined && (address.host === hosted || address.host.endsWith(`.${hosted}`));
    let target: TargetRef = {};
    if (base && !own) target = { key: base.written };
    // Ollama's default base URL is this machine, unless the deployment sets it.
    else if (!hosted) target = { key: `quarkus.langchain4j.${provider}.base-url` };
    const connection: ConnectionFact = {
      type: 'connection',
      ...('group' in owner ? { group: owner.group } : 'component' in owner ? { component: owner.component } : {}),
      target,
      role: 'calls',
      mechanism: 'rest',
      technology,
      ...(target.key === undefined ? { targetKind: 'saas' as const } : {}),
      evidence: evidenceAt((base ?? leaf).line),
      confidence: target.key === undefined ? CONFIDENCE.literal : CONFIDENCE.resolved,
    };
    facts.push(connection);
  }
  return facts;
}
