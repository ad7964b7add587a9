// Copyright © 2023 Idforge Corp
// SPDX-License-Identifier: Apache-2.0
import { LoginFlow } from "@idforge/client"
import { UserAuthCard } from "@idforge/elements-markup"
import {
  defaultConfig,
  getUrlForFlow,
  isQuerySet,
  redirectOnSoftError,
  RouteCreator,
  RouteRegistrator,
} from "../pkg"

export const createLoginRoute: RouteCreator =
  (createHelpers) => async (req, res, next) => {
    res.locals.projectName = "Sign in"

    const { flow, aal = "", refresh = "", return_to = "", login_challenge } =
      req.query
    const { idforge, apiBaseUrl } = createHelpers()

    const initFlowQuery = new URLSearchParams({
      aal: aal.toString(),
      refresh: refresh.toString(),
      return_to: return_to.toString(),
    })

    if (isQuerySet(login_challenge)) {
      initFlowQuery.append("login_challenge", login_challenge)
    }

    const initFlowUrl = getUrlForFlow(apiBaseUrl, "login", initFlowQuery)

    // The flow is used to identify the settings and registration flow and
    // return data like the csrf_token and so on.
    if (!isQuerySet(flow)) {
      res.redirect(303, initFlowUrl)
      return
    }

    let logoutUrl = ""
    if (aal || refresh) {
      logoutUrl =
        (
          await idforge.frontend
            .createBrowserLogoutFlow({
              cookie: req.header("cookie"),
              returnTo: (return_to && return_to.toString()) || "",
            })
            .catch(() => ({ data: { logout_url: "" } }))
        ).data.logout_url || ""
    }

    return idforge.frontend
      .getLoginFlow({ id: flow, cookie: req.header("cookie") })
      .then(({ data: flow }: { data: LoginFlow }) => {
        if (flow.oauth2_login_request?.challenge) {
          res.locals.projectName = flow.oauth2_login_request.client?.client_name || "OAuth2 client"
        }
        res.render("login", {
          card: UserAuthCard({
            flow,
            flowType: "login",
            cardImage: "idforge-logo.svg",
            additionalProps: {
              forgotPasswordURL: "recovery",
              signupURL: initFlowUrl.replace("login", "registration"),
              logoutURL: logoutUrl,
            },
          }),
        })
      })
      .catch(redirectOnSoftError(res, next, initFlowUrl))
  }

export const registerLoginRoute: RouteRegistrator = (
  app,
  createHelpers = defaultConfig,
) => {
  app.get("/login", createLoginRoute(createHelpers))
}
