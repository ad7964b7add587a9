// Copyright © 2023 Idforge Corp
// SPDX-License-Identifier: Apache-2.0
import {
  defaultConfig,
  requireAuth,
  RouteCreator,
  RouteRegistrator,
} from "../pkg"

// Lists the active sessions of the signed-in identity using the admin API.
export const createSessionsRoute: RouteCreator =
  (createHelpers) => async (req, res, next) => {
    res.locals.projectName = "Session information"
    const { idforge } = createHelpers()
    const session = (req as any).session

    try {
      const { data: sessions } = await idforge.identity.listIdentitySessions({
        id: session.identity.id,
        active: true,
      })
      const { data: logout } = await idforge.frontend.createBrowserLogoutFlow({
        cookie: req.header("cookie"),
      })
      res.render("session", {
        layout: "welcome",
        sessions,
        session: JSON.stringify(session, null, 2),
        logoutUrl: logout.logout_url,
      })
    } catch (err) {
      next(err)
    }
  }

export const registerSessionsRoute: RouteRegistrator = (
  app,
  createHelpers = defaultConfig,
) => {
  app.get("/sessions", requireAuth(createHelpers), createSessionsRoute(createHelpers))
}
