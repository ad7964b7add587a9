import { createDecipheriv, randomUUID } from "crypto";
import { prisma } from "@tracelens/shared/src/db";
import {
  clickhouseClient,
  fetchLLMCompletion,
  getTraceById,
  LLMAdapter,
  logger,
} from "@tracelens/shared/src/server";
import { env } from "../../env";

function decrypt(payload: string) {
  const [iv, data, tag] = payload.split(":");
  const d = createDecipheriv("aes-256-gcm", Buffer.from(env.ENCRYPTION_KEY!, "hex"), Buffer.from(iv!, "hex"));
  d.setAuthTag(Buffer.from(tag!, "hex"));
  return d.update(data!, "hex", "utf8") + d.final("utf8");
}

/** LLM-as-a-judge: render the template with the trace, ask the model for a score, store it. */
export async function evaluate(params: { projectId: string; traceId: string; jobConfigurationId: string }) {
  const config = await prisma.jobConfiguration.findUniqueOrThrow({ where: { id: params.jobConfigurationId } });
  const template = await prisma.$queryRaw<
    { prompt: string; provider: string; model: string }[]
  >`SELECT prompt, provider, model FROM eval_templates WHERE id = ${config.evalTemplateId}`;
  if (!template[0]) throw new Error(`Eval template ${config.evalTemplateId} not found`);

  const key = await prisma.llmApiKeys.findUnique({
    where: { projectId_provider: { projectId: params.projectId, provider: template[0].provider } },
  });
  if (!key) {
    logger.warn(`No LLM connection for provider ${template[0].provider} in project ${params.projectId}`);
    return;
  }

  const trace = await getTraceById(params.projectId, params.traceId);
  const prompt = template[0].prompt.replace("{{input}}", trace?.input ?? "").replace("{{output}}", trace?.output ?? "");

  const completion = await fetchLLMCompletion({
    messages: [
      { role: "system", content: "Respond with JSON: {\"score\": number, \"reasoning\": string}" },
      { role: "user", content: prompt },
    ],
    modelParams: { provider: key.provider, adapter: key.adapter as LLMAdapter, model: template[0].model, temperature: 0 },
    connection: { apiKey: decrypt(key.secretKey), baseURL: key.baseURL },
  });

  const { score, reasoning } = JSON.parse(completion) as { score: number; reasoning: string };
  await clickhouseClient().insert({
    table: "scores",
    format: "JSONEachRow",
    values: [
      {
        id: randomUUID(),
        project_id: params.projectId,
        trace_id: params.traceId,
        name: "llm-judge",
        value: score,
        comment: reasoning,
        source: "EVAL",
      },
    ],
  });
}
