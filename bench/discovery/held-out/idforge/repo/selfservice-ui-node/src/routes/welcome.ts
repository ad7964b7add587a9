// Copyright © 2023 Idforge Corp
// SPDX-License-Identifier: Apache-2.0
import { defaultConfig, RouteCreator, RouteRegistrator } from "../pkg"

export const createWelcomeRoute: RouteCreator =
  (createHelpers) => async (req, res) => {
    res.locals.projectName = "Welcome to Idforge"
    const { idforge } = createHelpers()

    const session = await idforge.frontend
      .toSession({ cookie: req.header("cookie") })
      .then(({ data }) => data)
      .catch(() => undefined)

    res.render("welcome", {
      layout: "welcome",
      session,
    })
  }

export const registerWelcomeRoute: RouteRegistrator = (
  app,
  createHelpers = defaultConfig,
  route = "/welcome",
) => {
  app.get(route, createWelcomeRoute(createHelpers))
}
