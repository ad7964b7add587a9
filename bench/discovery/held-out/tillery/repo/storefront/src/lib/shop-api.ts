import { GraphQLClient, RequestDocument, Variables } from 'graphql-request';
import { cookies } from 'next/headers';

const AUTH_TOKEN_HEADER = 'tillery-auth-token';
const AUTH_COOKIE = 'tl_session';

/**
 * Server-side shop API URL. In the cluster this is the internal service address of the
 * API server; NEXT_PUBLIC_SHOP_API_URL is what the browser uses.
 */
const SHOP_API_URL =
    process.env.SHOP_API_URL ?? process.env.NEXT_PUBLIC_SHOP_API_URL ?? 'http://localhost:3000/shop-api';

export async function shopApi<T, V extends Variables = Variables>(
    document: RequestDocument,
    variables?: V,
    opts: { tags?: string[]; revalidate?: number } = {},
): Promise<T> {
    const token = cookies().get(AUTH_COOKIE)?.value;
    const client = new GraphQLClient(SHOP_API_URL, {
        headers: token ? { authorization: `Bearer ${token}` } : {},
        fetch: (input, init) =>
            fetch(input, {
                ...init,
                next: { tags: opts.tags, revalidate: opts.revalidate ?? (token ? 0 : 3600) },
            }),
        responseMiddleware: response => {
            if (response instanceof Error) return;
            const newToken = response.headers.get(AUTH_TOKEN_HEADER);
            if (newToken) {
                try {
                    cookies().set(AUTH_COOKIE, newToken, { httpOnly: true, sameSite: 'lax', path: '/' });
                } catch {
                    // cookies() is read-only in server components; set in actions only
                }
            }
        },
    });
    return client.request<T>(document, variables as any);
}
