/**
 * PhotoVault
 * 1.14.0
 * DO NOT MODIFY - This file has been generated using oazapfts.
 * See https://www.npmjs.com/package/oazapfts
 */
import * as Oazapfts from "@oazapfts/runtime";
import * as QS from "@oazapfts/runtime/query";
export const defaults: Oazapfts.Defaults<Oazapfts.CustomHeaders> = {
    headers: {},
    baseUrl: "/api"
};
const oazapfts = Oazapfts.runtime(defaults);
export const servers = {
    server1: "/api"
};
export type ServerPingResponse = {};
export type ServerPingResponseRead = {
    res: string;
};
export type ServerVersionResponseDto = {
    major: number;
    minor: number;
    patch: number;
};
export type ServerConfigDto = {
    externalDomain: string;
    isInitialized: boolean;
    isOnboarded: boolean;
    loginPageMessage: string;
    mapDarkStyleUrl: string;
    mapLightStyleUrl: string;
    publicUsers: boolean;
};
export type UserAdminResponseDto = {
    id: string;
    email: string;
    name: string;
    isAdmin: boolean;
};
export type AssetResponseDto = {
    id: string;
    ownerId: string;
    originalFileName: string;
    fileCreatedAt: string;
};
export type SmartSearchDto = {
    query?: string;
    queryAssetId?: string;
    language?: string;
    page?: number;
    size?: number;
};
export type SearchResponseDto = {
    assets: { items: AssetResponseDto[]; nextPage: string | null; total: number };
};
export type AssetMediaResponseDto = {
    id: string;
    status: "created" | "replaced" | "duplicate";
};
export type ServerAboutResponseDto = {
    version: string;
    versionUrl: string;
};
export function pingServer(opts?: Oazapfts.RequestOpts) {
    return oazapfts.ok(oazapfts.fetchJson<{
        status: 200;
        data: ServerPingResponseRead;
    }>("/server/ping", {
        ...opts
    }));
}
export function getServerVersion(opts?: Oazapfts.RequestOpts) {
    return oazapfts.ok(oazapfts.fetchJson<{
        status: 200;
        data: ServerVersionResponseDto;
    }>("/server/version", {
        ...opts
    }));
}
export function getServerConfig(opts?: Oazapfts.RequestOpts) {
    return oazapfts.ok(oazapfts.fetchJson<{
        status: 200;
        data: ServerConfigDto;
    }>("/server/config", {
        ...opts
    }));
}
export function getAboutInfo(opts?: Oazapfts.RequestOpts) {
    return oazapfts.ok(oazapfts.fetchJson<{
        status: 200;
        data: ServerAboutResponseDto;
    }>("/server/about", {
        ...opts
    }));
}
export function getMyUser(opts?: Oazapfts.RequestOpts) {
    return oazapfts.ok(oazapfts.fetchJson<{
        status: 200;
        data: UserAdminResponseDto;
    }>("/users/me", {
        ...opts
    }));
}
export function searchSmart({ smartSearchDto }: {
    smartSearchDto: SmartSearchDto;
}, opts?: Oazapfts.RequestOpts) {
    return oazapfts.ok(oazapfts.fetchJson<{
        status: 200;
        data: SearchResponseDto;
    }>("/search/smart", oazapfts.json({
        ...opts,
        method: "POST",
        body: smartSearchDto
    })));
}
export function uploadAsset({ key, xPhotovaultChecksum, assetMediaCreateDto }: {
    key?: string;
    xPhotovaultChecksum?: string;
    assetMediaCreateDto: FormData | Record<string, unknown>;
}, opts?: Oazapfts.RequestOpts) {
    return oazapfts.ok(oazapfts.fetchJson<{
        status: 201;
        data: AssetMediaResponseDto;
    }>(`/assets${QS.query(QS.explode({
        key
    }))}`, oazapfts.multipart({
        ...opts,
        method: "POST",
        body: assetMediaCreateDto,
        headers: Oazapfts.mergeHeaders(opts?.headers, {
            "x-photovault-checksum": xPhotovaultChecksum
        })
    })));
}
export function sendTestEmailAdmin({ systemConfigSmtpDto }: {
    systemConfigSmtpDto: Record<string, unknown>;
}, opts?: Oazapfts.RequestOpts) {
    return oazapfts.ok(oazapfts.fetchJson<{
        status: 200;
        data: { messageId: string };
    }>("/admin/notifications/test-email", oazapfts.json({
        ...opts,
        method: "POST",
        body: systemConfigSmtpDto
    })));
}
