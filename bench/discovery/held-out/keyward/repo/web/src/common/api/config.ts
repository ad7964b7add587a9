import { CSRFMiddleware, EventMiddleware, LoggingMiddleware } from "@keyward/common/api/middleware";
import { EVENT_LOCALE_REQUEST, VERSION } from "@keyward/common/constants";
import { globalAK } from "@keyward/common/global";

import { Config, Configuration, CoreApi, CurrentBrand, RootApi } from "@goauthentik/api";

let globalConfigPromise: Promise<Config> | undefined = Promise.resolve(globalAK().config);
export function config(): Promise<Config> {
    if (!globalConfigPromise) {
        globalConfigPromise = new RootApi(DEFAULT_CONFIG).rootConfigRetrieve();
    }
    return globalConfigPromise;
}

let globalBrandPromise: Promise<CurrentBrand> | undefined = Promise.resolve(globalAK().brand);
export function brand(): Promise<CurrentBrand> {
    if (!globalBrandPromise) {
        globalBrandPromise = new CoreApi(DEFAULT_CONFIG).coreBrandsCurrentRetrieve();
    }
    return globalBrandPromise;
}

export function getMetaContent(key: string): string {
    const metaEl = document.querySelector<HTMLMetaElement>(`meta[name=${key}]`);
    return metaEl?.content || "";
}

export const DEFAULT_CONFIG = new Configuration({
    basePath: `${globalAK().api.base}api/v3`,
    headers: {
        "sentry-trace": getMetaContent("sentry-trace"),
    },
    middleware: [new CSRFMiddleware(), new EventMiddleware(), new LoggingMiddleware(globalAK().brand)],
});

// This is just a function so eslint doesn't complain about
// missing-whitespace-between-tags
export function AndNext(url: string): string {
    return `?next=${encodeURIComponent(url)}`;
}

console.debug(`keyward(early): version ${VERSION}, apiBase ${DEFAULT_CONFIG.basePath}`);
