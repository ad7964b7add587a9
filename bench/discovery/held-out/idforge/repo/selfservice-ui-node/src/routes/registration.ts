// Copyright © 2023 Idforge Corp
// SPDX-License-Identifier: Apache-2.0
import { UserAuthCard } from "@idforge/elements-markup"
import {
  defaultConfig,
  getUrlForFlow,
  isQuerySet,
  redirectOnSoftError,
  RouteCreator,
  RouteRegistrator,
} from "../pkg"

export const createRegistrationRoute: RouteCreator =
  (createHelpers) => (req, res, next) => {
    res.locals.projectName = "Create account"

    const { flow, return_to = "" } = req.query
    const { idforge, apiBaseUrl } = createHelpers()
    const initFlowUrl = getUrlForFlow(
      apiBaseUrl,
      "registration",
      new URLSearchParams({ return_to: return_to.toString() }),
    )

    if (!isQuerySet(flow)) {
      res.redirect(303, initFlowUrl)
      return
    }

    idforge.frontend
      .getRegistrationFlow({ id: flow, cookie: req.header("cookie") })
      .then(({ data: flow }) => {
        res.render("registration", {
          card: UserAuthCard({
            flow,
            flowType: "registration",
            cardImage: "idforge-logo.svg",
            additionalProps: {
              loginURL: initFlowUrl.replace("registration", "login"),
            },
          }),
        })
      })
      .catch(redirectOnSoftError(res, next, initFlowUrl))
  }

export const registerRegistrationRoute: RouteRegistrator = (
  app,
  createHelpers = defaultConfig,
) => {
  app.get("/registration", createRegistrationRoute(createHelpers))
}
