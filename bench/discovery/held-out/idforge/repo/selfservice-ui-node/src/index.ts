// Copyright © 2023 Idforge Corp
// SPDX-License-Identifier: Apache-2.0
import cookieParser from "cookie-parser"
import { doubleCsrf } from "csrf-csrf"
import express, { Request, Response } from "express"
import { engine } from "express-handlebars"
import * as fs from "fs"
import * as https from "https"
import morgan from "morgan"
import * as path from "path"
import { addFavicon, defaultConfig } from "./pkg"
import { registerConsentRoute } from "./routes/consent"
import { registerLoginRoute } from "./routes/login"
import { registerRegistrationRoute } from "./routes/registration"
import { registerSessionsRoute } from "./routes/sessions"
import {
  register404Route,
  register500Route,
  registerStaticRoutes,
} from "./routes/static"
import { registerWelcomeRoute } from "./routes/welcome"

const baseUrl = process.env.BASE_PATH || "/"

const app = express()
const router = express.Router()

app.use(morgan("tiny"))
app.use(cookieParser(process.env.COOKIE_SECRET || ""))
app.use(addFavicon())
app.set("view engine", "hbs")

const { doubleCsrfProtection } = doubleCsrf({
  getSecret: () => process.env.CSRF_COOKIE_SECRET || "",
  cookieName: process.env.CSRF_COOKIE_NAME || "",
  cookieOptions: {
    sameSite: "lax",
    signed: true,
    secure: false,
  },
  ignoredMethods: ["GET", "HEAD", "OPTIONS", "PUT", "DELETE"],
  getTokenFromRequest: (req) => req.body._csrf,
})

app.engine(
  "hbs",
  engine({
    extname: "hbs",
    layoutsDir: `${__dirname}/../views/layouts/`,
    partialsDir: `${__dirname}/../views/partials/`,
    defaultLayout: "auth",
  }),
)

registerStaticRoutes(router)
registerLoginRoute(router)
registerConsentRoute(app, doubleCsrfProtection)
registerRegistrationRoute(router)
registerSessionsRoute(router)
registerWelcomeRoute(router)

router.get("/", (req: Request, res: Response) => {
  res.redirect(303, "welcome")
})

registerStaticRoutes(router)
register404Route(router)
register500Route(router)

app.use(baseUrl, router)

const port = Number(process.env.PORT) || 3000

let listener = (proto: "http" | "https") => () => {
  console.log(`Listening on ${proto}://0.0.0.0:${port}`)
}

if (process.env.TLS_CERT_PATH?.length && process.env.TLS_KEY_PATH?.length) {
  const options = {
    cert: fs.readFileSync(process.env.TLS_CERT_PATH),
    key: fs.readFileSync(process.env.TLS_KEY_PATH),
  }
  https.createServer(options, app).listen(port, listener("https"))
} else {
  app.listen(port, listener("http"))
}

export { defaultConfig, path }
