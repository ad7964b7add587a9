// Copyright © 2023 Idforge Corp
// SPDX-License-Identifier: Apache-2.0
import { AcceptOAuth2ConsentRequestSession, OAuth2ConsentRequest } from "@idforge/client"
import { UserConsentCard } from "@idforge/elements-markup"
import bodyParser from "body-parser"
import { Application, NextFunction, Request, Response } from "express"
import { defaultConfig, RouteCreator, RouteOptionsCreator } from "../pkg"

async function trySkipConsentFlow(
  oauth2: any,
  challenge: OAuth2ConsentRequest,
  shouldSkip: boolean,
  res: Response,
) {
  if (challenge.skip || shouldSkip) {
    const session: AcceptOAuth2ConsentRequestSession = {
      id_token: { email: challenge.context?.traits?.email },
    }
    const { data } = await oauth2.acceptOAuth2ConsentRequest({
      consentChallenge: challenge.challenge,
      acceptOAuth2ConsentRequest: {
        grant_scope: challenge.requested_scope,
        grant_access_token_audience: challenge.requested_access_token_audience,
        session,
      },
    })
    res.redirect(String(data.redirect_to))
    return true
  }
  return false
}

export const createConsentRoute: RouteCreator =
  (createHelpers) => (req, res, next) => {
    res.locals.projectName = "An application requests access to your data!"

    const { idforge, shouldSkipConsent } = createHelpers()
    const { consent_challenge } = req.query

    if (!consent_challenge) {
      next(new Error("Expected a consent challenge to be set but received none."))
      return
    }

    idforge.oauth2
      .getOAuth2ConsentRequest({ consentChallenge: String(consent_challenge) })
      .then(async ({ data: body }) => {
        if (await trySkipConsentFlow(idforge.oauth2, body, shouldSkipConsent(body), res)) {
          return
        }
        res.render("consent", {
          card: UserConsentCard({
            consent: body,
            csrfToken: req.csrfToken ? req.csrfToken(true) : "",
            cardImage: body.client?.logo_uri || "/idforge-logo.svg",
            client_name: body.client?.client_name || "unknown client",
            requested_scope: body.requested_scope,
            client: body.client,
            action: "consent",
          }),
        })
      })
      .catch(next)
  }

export const createConsentPostRoute: RouteCreator =
  (createHelpers) => (req, res, next) => {
    const { idforge } = createHelpers()
    const { consent_challenge: challenge, consent_action, grant_scope, remember } = req.body

    if (consent_action !== "accept") {
      return idforge.oauth2
        .rejectOAuth2ConsentRequest({
          consentChallenge: challenge,
          rejectOAuth2Request: { error: "access_denied", error_description: "The resource owner denied the request" },
        })
        .then(({ data: body }) => res.redirect(String(body.redirect_to)))
        .catch(next)
    }

    return idforge.oauth2
      .getOAuth2ConsentRequest({ consentChallenge: challenge })
      .then(({ data: body }) =>
        idforge.oauth2.acceptOAuth2ConsentRequest({
          consentChallenge: challenge,
          acceptOAuth2ConsentRequest: {
            grant_scope: Array.isArray(grant_scope) ? grant_scope : [grant_scope],
            grant_access_token_audience: body.requested_access_token_audience,
            remember: Boolean(remember),
            remember_for: 3600,
          },
        }),
      )
      .then(({ data: body }) => res.redirect(String(body.redirect_to)))
      .catch(next)
  }

export const registerConsentRoute = (
  app: Application,
  csrfProtection: (req: Request, res: Response, next: NextFunction) => void,
  createHelpers: RouteOptionsCreator = defaultConfig,
) => {
  if (process.env.OAUTH2_ADMIN_URL || process.env.IDFORGE_SDK_URL) {
    const parseForm = bodyParser.urlencoded({ extended: false })
    app.get("/consent", csrfProtection, createConsentRoute(createHelpers))
    app.post("/consent", parseForm, csrfProtection, createConsentPostRoute(createHelpers))
  }
}
