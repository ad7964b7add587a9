export enum LLMAdapter {
  OpenAI = "openai",
  Anthropic = "anthropic",
  Azure = "azure",
}

export type ChatMessage = { role: "system" | "user" | "assistant"; content: string };

export type ModelParams = {
  provider: string;
  adapter: LLMAdapter;
  model: string;
  temperature?: number;
  max_tokens?: number;
};

export type LLMConnection = {
  apiKey: string; // decrypted
  baseURL?: string | null;
  config?: { apiVersion?: string } | null;
};

export const DEFAULT_BASE_URLS: Record<LLMAdapter, string | null> = {
  [LLMAdapter.OpenAI]: "https://api.openai.com/v1",
  [LLMAdapter.Anthropic]: "https://api.anthropic.com",
  // Azure has no global default: baseURL is the resource endpoint, e.g.
  // https://<resource>.openai.azure.com/openai/deployments
  [LLMAdapter.Azure]: null,
};
