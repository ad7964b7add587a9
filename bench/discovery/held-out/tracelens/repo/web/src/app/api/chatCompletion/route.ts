import { NextResponse, type NextRequest } from "next/server";
import { getServerSession } from "next-auth";
import { z } from "zod";
import { fetchLLMCompletion, LLMAdapter } from "@tracelens/shared/src/server";
import { authOptions } from "@/src/server/auth";
import { getLlmConnection } from "@/src/features/playground/server/getLlmConnection";

const Body = z.object({
  projectId: z.string(),
  messages: z.array(z.object({ role: z.enum(["system", "user", "assistant"]), content: z.string() })),
  modelParams: z.object({
    provider: z.string(),
    model: z.string(),
    temperature: z.number().optional(),
    max_tokens: z.number().optional(),
  }),
});

// Playground: the server calls the configured provider on behalf of the user.
export async function POST(req: NextRequest) {
  const session = await getServerSession(authOptions);
  if (!session) return NextResponse.json({ message: "Unauthorized" }, { status: 401 });

  const body = Body.parse(await req.json());
  const connection = await getLlmConnection(body.projectId, body.modelParams.provider);

  const completion = await fetchLLMCompletion({
    messages: body.messages,
    modelParams: { ...body.modelParams, adapter: connection.adapter as LLMAdapter },
    connection,
  });
  return NextResponse.json({ content: completion });
}
