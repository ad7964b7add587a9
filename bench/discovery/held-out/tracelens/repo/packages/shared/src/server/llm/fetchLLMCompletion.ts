import OpenAI, { AzureOpenAI } from "openai";
import Anthropic from "@anthropic-ai/sdk";
import { env } from "../../env";
import { ChatMessage, DEFAULT_BASE_URLS, LLMAdapter, LLMConnection, ModelParams } from "./types";

/**
 * Single entry point for LLM calls. Called from the web playground route and from the
 * worker's LLM-as-a-judge evaluation. Credentials come from the llm_api_keys table.
 */
export async function fetchLLMCompletion(params: {
  messages: ChatMessage[];
  modelParams: ModelParams;
  connection: LLMConnection;
  streaming?: boolean;
}): Promise<string> {
  const { messages, modelParams, connection } = params;
  const timeout = env.TRACELENS_LLM_REQUEST_TIMEOUT_MS;

  switch (modelParams.adapter) {
    case LLMAdapter.Anthropic: {
      const client = new Anthropic({
        apiKey: connection.apiKey,
        baseURL: connection.baseURL ?? DEFAULT_BASE_URLS[LLMAdapter.Anthropic]!,
        timeout,
      });
      const system = messages.find((m) => m.role === "system")?.content;
      const res = await client.messages.create({
        model: modelParams.model,
        system,
        max_tokens: modelParams.max_tokens ?? 1024,
        temperature: modelParams.temperature,
        messages: messages
          .filter((m) => m.role !== "system")
          .map((m) => ({ role: m.role as "user" | "assistant", content: m.content })),
      });
      return res.content.map((c) => ("text" in c ? c.text : "")).join("");
    }
    case LLMAdapter.Azure: {
      if (!connection.baseURL) throw new Error("Azure OpenAI requires a baseURL on the LLM connection");
      const client = new AzureOpenAI({
        apiKey: connection.apiKey,
        endpoint: connection.baseURL,
        deployment: modelParams.model,
        apiVersion: connection.config?.apiVersion ?? "2024-08-01-preview",
        timeout,
      });
      const res = await client.chat.completions.create({
        model: modelParams.model,
        messages,
        temperature: modelParams.temperature,
        max_tokens: modelParams.max_tokens,
      });
      return res.choices[0]?.message?.content ?? "";
    }
    case LLMAdapter.OpenAI:
    default: {
      const client = new OpenAI({
        apiKey: connection.apiKey,
        baseURL: connection.baseURL ?? env.TRACELENS_LLM_DEFAULT_OPENAI_BASE_URL ?? DEFAULT_BASE_URLS[LLMAdapter.OpenAI]!,
        timeout,
      });
      const res = await client.chat.completions.create({
        model: modelParams.model,
        messages,
        temperature: modelParams.temperature,
        max_tokens: modelParams.max_tokens,
      });
      return res.choices[0]?.message?.content ?? "";
    }
  }
}
