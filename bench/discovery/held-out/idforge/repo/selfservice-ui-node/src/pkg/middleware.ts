// Copyright © 2023 Idforge Corp
// SPDX-License-Identifier: Apache-2.0
import { NextFunction, Request, Response } from "express"
import { getUrlForFlow } from "./index"
import { RouteOptionsCreator } from "./route"

/**
 * Checks the session via the identity public API (toSession == /sessions/whoami)
 * and redirects to the login flow if there is none.
 */
export const requireAuth =
  (createHelpers: RouteOptionsCreator) =>
  (req: Request, res: Response, next: NextFunction) => {
    const { idforge, apiBaseUrl } = createHelpers()
    idforge.frontend
      .toSession({ cookie: req.header("cookie") })
      .then(({ data: session }) => {
        ;(req as any).session = session
        next()
      })
      .catch((err) => {
        if (err.response?.status === 403) {
          // AAL2 required
          res.redirect(
            getUrlForFlow(apiBaseUrl, "login", new URLSearchParams({ aal: "aal2" })),
          )
          return
        }
        res.redirect(getUrlForFlow(apiBaseUrl, "login"))
      })
  }

export const addFavicon =
  () => (req: Request, res: Response, next: NextFunction) => {
    res.locals.faviconUrl = "favico.png"
    next()
  }
