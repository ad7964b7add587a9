import { describe, expect, it, vi } from "vitest";

// Network calls to the LLM provider are mocked; no request leaves the test process.
vi.mock("@tracelens/shared/src/server", async (orig) => ({
  ...(await orig<object>()),
  fetchLLMCompletion: vi.fn(async () => JSON.stringify({ score: 0.9, reasoning: "looks right" })),
  clickhouseClient: () => ({ insert: vi.fn() }),
  getTraceById: vi.fn(async () => ({ input: "2+2", output: "4" })),
}));

const OPENAI_BASE_URL = "https://api.openai.com/v1"; // asserted below, never called

describe("evaluate", () => {
  it("uses the default OpenAI base url when the connection has none", async () => {
    const { DEFAULT_BASE_URLS, LLMAdapter } = await import("@tracelens/shared/src/server");
    expect(DEFAULT_BASE_URLS[LLMAdapter.OpenAI]).toBe(OPENAI_BASE_URL);
  });
});
