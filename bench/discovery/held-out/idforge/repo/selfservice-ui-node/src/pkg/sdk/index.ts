// Copyright © 2023 Idforge Corp
// SPDX-License-Identifier: Apache-2.0
import {
  Configuration,
  FrontendApi,
  IdentityApi,
  OAuth2Api,
} from "@idforge/client"

const apiBaseFrontendUrlInternal =
  process.env.IDENTITY_PUBLIC_URL ||
  process.env.IDFORGE_SDK_URL ||
  "https://playground.projects.idforge.dev"

const apiBaseOauth2UrlInternal =
  process.env.OAUTH2_ADMIN_URL ||
  process.env.IDFORGE_SDK_URL ||
  "https://playground.projects.idforge.dev"

const apiBaseIdentityUrl =
  process.env.IDENTITY_ADMIN_URL || apiBaseFrontendUrlInternal

// The browser-facing URL of the identity public API. Links and form
// actions rendered into HTML point here, never the internal URL.
export const apiBaseUrl =
  process.env.IDENTITY_BROWSER_URL || apiBaseFrontendUrlInternal

// Sets up the SDK
const sdk = {
  basePath: apiBaseFrontendUrlInternal,
  frontend: new FrontendApi(
    new Configuration({
      basePath: apiBaseFrontendUrlInternal,
    }),
  ),
  oauth2: new OAuth2Api(
    new Configuration({
      basePath: apiBaseOauth2UrlInternal,
      ...(process.env.IDFORGE_ADMIN_API_TOKEN && {
        accessToken: process.env.IDFORGE_ADMIN_API_TOKEN,
      }),
      ...(process.env.MOCK_TLS_TERMINATION && {
        baseOptions: {
          "X-Forwarded-Proto": "https",
        },
      }),
    }),
  ),
  identity: new IdentityApi(
    new Configuration({
      basePath: apiBaseIdentityUrl,
      ...(process.env.IDFORGE_ADMIN_API_TOKEN && {
        accessToken: process.env.IDFORGE_ADMIN_API_TOKEN,
      }),
    }),
  ),
}

export default sdk
