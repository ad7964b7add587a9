// Copyright © 2023 Idforge Corp
// SPDX-License-Identifier: Apache-2.0
import express, { NextFunction, Request, Response } from "express"
import * as path from "path"
import { RouteRegistrator } from "../pkg"

export const registerStaticRoutes: RouteRegistrator = (app) => {
  app.use("/", express.static(path.join(__dirname, "../../public")))
  app.get("/health/alive", (_req, res) => res.send("ok"))
  app.get("/health/ready", (_req, res) => res.send("ok"))
}

export const register404Route: RouteRegistrator = (app) => {
  app.get("*", (_req, res) => {
    res.status(404).render("error", { message: "Page not found" })
  })
}

export const register500Route: RouteRegistrator = (app) => {
  app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
    console.error(err, err.stack)
    res.status(500).render("error", {
      message: JSON.stringify(err, null, 2),
    })
  })
}
