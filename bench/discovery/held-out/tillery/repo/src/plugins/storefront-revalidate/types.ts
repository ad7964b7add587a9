export interface StorefrontRevalidateOptions {
    /** Base URL of the Next.js storefront, e.g. http://storefront:3001 */
    storefrontUrl: string;
    /** Shared secret checked by the storefront's /api/revalidate route handler */
    secret: string;
    /** Debounce window for bursts of catalog changes */
    debounceMs?: number;
}

export interface RevalidatePayload {
    tags: string[];
    paths?: string[];
}
