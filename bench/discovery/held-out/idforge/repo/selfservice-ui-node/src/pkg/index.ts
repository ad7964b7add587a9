// Copyright © 2023 Idforge Corp
// SPDX-License-Identifier: Apache-2.0
import sdk, { apiBaseUrl } from "./sdk"
import { RouteOptionsCreator } from "./route"
import { Request } from "express"
import urljoin from "url-join"

export * from "./middleware"
export * from "./route"

export const removeTrailingSlash = (s: string) => s.replace(/\/$/, "")

export const getUrlForFlow = (
  base: string,
  flow: string,
  query?: URLSearchParams,
) =>
  `${removeTrailingSlash(base)}/self-service/${flow}/browser${
    query ? `?${query.toString()}` : ""
  }`

export const defaultConfig: RouteOptionsCreator = () => {
  return {
    apiBaseUrl: apiBaseUrl,
    idforge: sdk,
    shouldSkipConsent: (challenge) =>
      challenge.client?.skip_consent ?? false,
    shouldSkipLogoutConsent: (challenge) =>
      challenge.client?.skip_logout_consent ?? false,
  }
}

export const isQuerySet = (x: any): x is string =>
  typeof x === "string" && x.length > 0

export const redirectOnSoftError =
  (res: any, next: any, redirectTo: string) => (err: any) => {
    if (!err.response) {
      next(err)
      return
    }
    if ([404, 410, 403].includes(err.response.status)) {
      res.redirect(`${redirectTo}`)
      return
    }
    next(err)
  }

export const withReturnTo = (req: Request, path: string) =>
  urljoin(path, `?return_to=${encodeURIComponent(req.originalUrl)}`)
