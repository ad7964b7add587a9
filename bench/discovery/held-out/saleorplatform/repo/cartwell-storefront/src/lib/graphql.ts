import "server-only";

type GraphQLErrorResponse = { errors: readonly { message: string }[] };
type GraphQLResponse<T> = { data: T } | GraphQLErrorResponse;

// Server-side only: inside docker compose the API is reachable as http://api:8000,
// the public URL is only used as a fallback for local `pnpm dev`.
const API_URL = process.env.CARTWELL_API_URL || process.env.NEXT_PUBLIC_CARTWELL_API_URL;

if (!API_URL) {
  throw new Error("Missing CARTWELL_API_URL / NEXT_PUBLIC_CARTWELL_API_URL");
}

export async function executeGraphQL<Result, Variables>(
  query: string,
  {
    variables,
    headers,
    cache = "force-cache",
    revalidate,
  }: {
    variables?: Variables;
    headers?: HeadersInit;
    cache?: RequestCache;
    revalidate?: number;
  } = {},
): Promise<Result> {
  const response = await fetch(API_URL!, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...headers },
    body: JSON.stringify({ query, ...(variables && { variables }) }),
    cache,
    next: { revalidate },
  });

  if (!response.ok) {
    const body = await response.text().catch(() => "");
    throw new Error(`HTTP error ${response.status}: ${response.statusText} ${body}`);
  }

  const body = (await response.json()) as GraphQLResponse<Result>;
  if ("errors" in body) {
    throw new Error(body.errors.map((e) => e.message).join("\n"));
  }
  return body.data;
}
