import nodemailer from "nodemailer"
import Handlebars from "handlebars"
import { db as dbCore } from "@appforge/backend-core"
import env from "../environment"

const TYPE = "transport"

interface SMTPConfig {
  host: string
  port: number
  secure: boolean
  auth?: { type?: string; user: string; pass: string }
  from: string
  connectionTimeout?: number
}

/**
 * SMTP config saved through the admin portal (Settings -> Email) lives in the global DB.
 * If there is none, fall back to the SMTP_* environment variables.
 */
export async function getSMTPConfig(): Promise<SMTPConfig | undefined> {
  const db = dbCore.getGlobalDB()
  try {
    const doc = await db.get<any>("config_smtp")
    return doc.config
  } catch (err: any) {
    if (err.statusCode !== 404) {
      throw err
    }
  }
  if (env.SMTP_FALLBACK_ENABLED && env.SMTP_HOST) {
    return {
      host: env.SMTP_HOST,
      port: env.SMTP_PORT,
      secure: env.SMTP_PORT === 465,
      auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASSWORD! } : undefined,
      from: env.SMTP_FROM_ADDRESS!,
    }
  }
  return undefined
}

function createSMTPTransport(config: SMTPConfig) {
  const options: any = {
    port: config.port,
    host: config.host,
    secure: config.secure || false,
    auth: config.auth,
    connectionTimeout: config.connectionTimeout || 10000,
  }
  if (config.auth?.type === "login") {
    options.auth.type = "login"
  }
  return nodemailer.createTransport({ ...options, [TYPE]: "smtp" } as any)
}

export async function isEmailConfigured() {
  return !!(await getSMTPConfig())
}

export async function sendEmail(
  email: string,
  purpose: string,
  opts: { subject?: string; contents?: string; from?: string; cc?: string; bcc?: string; context?: any } = {}
) {
  const config = await getSMTPConfig()
  if (!config) {
    throw new Error("Unable to find SMTP configuration.")
  }
  const transport = createSMTPTransport(config)
  const template = Handlebars.compile(opts.contents || `<p>{{ purpose }}</p>`)
  const message: any = {
    from: opts.from || config.from,
    to: email,
    cc: opts.cc,
    bcc: opts.bcc,
    subject: opts.subject || purpose,
    html: template({ purpose, ...opts.context }),
  }
  const response = await transport.sendMail(message)
  if (env.isTest()) {
    console.log("Test email URL: " + nodemailer.getTestMessageUrl(response))
  }
  return response
}

export async function verifyConfig(config: SMTPConfig) {
  const transport = createSMTPTransport(config)
  await transport.verify()
}
