// Copyright © 2023 Idforge Corp
// SPDX-License-Identifier: Apache-2.0
import { FrontendApi, IdentityApi, OAuth2Api, OAuth2ConsentRequest, OAuth2LogoutRequest } from "@idforge/client"
import { Application } from "express"

export interface RouteOptions {
  idforge: {
    frontend: FrontendApi
    identity: IdentityApi
    oauth2: OAuth2Api
  }
  apiBaseUrl: string
  shouldSkipConsent: (challenge: OAuth2ConsentRequest) => boolean
  shouldSkipLogoutConsent: (challenge: OAuth2LogoutRequest) => boolean
}

export type RouteOptionsCreator = () => RouteOptions

export type RouteCreator = (opts: RouteOptionsCreator) => any

export type RouteRegistrator = (
  app: Application,
  createHelpers?: RouteOptionsCreator,
  route?: string,
) => void
