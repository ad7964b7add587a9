import { readFileSync } from 'fs'
import { createTransport, Transporter } from 'nodemailer'
import { isTestOrDevInstance } from '../helpers/core-utils.js'
import { logger } from '../helpers/logger.js'
import { CONFIG, WEBSERVER } from '../initializers/config.js'
import { JobQueue } from './job-queue/job-queue.js'

export type SendEmailOptions = {
  to: string[]
  subject: string
  text?: string
  html?: string
  replyTo?: string
  fromDisplayName?: string
}

class Emailer {

  private static instance: Emailer
  private initialized = false
  private transporter: Transporter

  private constructor () {
  }

  init () {
    // Already initialized
    if (this.initialized === true) return
    this.initialized = true

    if (!Emailer.isEnabled()) {
      if (!isTestOrDevInstance()) {
        logger.error('There is no SMTP configuration, so emails will not be sent.')
      }
      return
    }

    if (CONFIG.SMTP.TRANSPORT === 'smtp') this.initSMTPTransport()
    else if (CONFIG.SMTP.TRANSPORT === 'sendmail') this.initSendmailTransport()
  }

  async checkConnection () {
    if (!this.transporter || CONFIG.SMTP.TRANSPORT !== 'smtp') return

    logger.info('Testing SMTP server...')

    try {
      const success = await this.transporter.verify()
      if (success !== true) this.warnOnConnectionFailure()

      logger.info('Successfully connected to SMTP server.')
    } catch (err) {
      this.warnOnConnectionFailure(err)
    }
  }

  addPasswordResetEmailJob (username: string, to: string, resetPasswordUrl: string) {
    const emailPayload: SendEmailOptions = {
      to: [ to ],
      subject: 'Reset your account password',
      text: `Hi ${username},\n\nA reset password procedure for your account on ${WEBSERVER.URL} has been requested.\n` +
        `Please follow this link to reset it: ${resetPasswordUrl}`
    }

    return JobQueue.Instance.createJobAsync({ type: 'email', payload: emailPayload })
  }

  addVerifyEmailJob (username: string, to: string, verifyEmailUrl: string) {
    const emailPayload: SendEmailOptions = {
      to: [ to ],
      subject: `Verify your email on ${CONFIG.INSTANCE?.NAME ?? 'Clipmeadow'}`,
      text: `Welcome ${username},\n\nPlease verify your email by following this link: ${verifyEmailUrl}`
    }

    return JobQueue.Instance.createJobAsync({ type: 'email', payload: emailPayload })
  }

  async sendMail (options: SendEmailOptions) {
    if (!Emailer.isEnabled()) {
      logger.info('Cannot send mail because SMTP is not configured.')
      return
    }

    const fromDisplayName = options.fromDisplayName ?? WEBSERVER.HOST

    for (const to of options.to) {
      await this.transporter.sendMail({
        from: `"${fromDisplayName}" <${CONFIG.SMTP.FROM_ADDRESS}>`,
        replyTo: options.replyTo,
        to,
        subject: options.subject,
        text: options.text,
        html: options.html
      })
    }
  }

  private warnOnConnectionFailure (err?: Error) {
    logger.error('Failed to connect to SMTP %s:%d.', CONFIG.SMTP.HOSTNAME, CONFIG.SMTP.PORT, { err })
  }

  private initSMTPTransport () {
    logger.info('Using %s:%s as SMTP server.', CONFIG.SMTP.HOSTNAME, CONFIG.SMTP.PORT)

    let tls
    if (CONFIG.SMTP.CA_FILE) {
      tls = {
        ca: [ readFileSync(CONFIG.SMTP.CA_FILE) ]
      }
    }

    let auth
    if (CONFIG.SMTP.USERNAME && CONFIG.SMTP.PASSWORD) {
      auth = {
        user: CONFIG.SMTP.USERNAME,
        pass: CONFIG.SMTP.PASSWORD
      }
    }

    this.transporter = createTransport({
      host: CONFIG.SMTP.HOSTNAME,
      port: CONFIG.SMTP.PORT,
      secure: CONFIG.SMTP.TLS,
      ignoreTLS: CONFIG.SMTP.DISABLE_STARTTLS,
      tls,
      auth
    })
  }

  private initSendmailTransport () {
    logger.info('Using sendmail to send emails')

    this.transporter = createTransport({
      sendmail: true,
      newline: 'unix',
      path: CONFIG.SMTP.SENDMAIL
    })
  }

  static isEnabled () {
    if (CONFIG.SMTP.TRANSPORT === 'sendmail') return !!CONFIG.SMTP.SENDMAIL
    if (CONFIG.SMTP.TRANSPORT === 'smtp') return !!CONFIG.SMTP.HOSTNAME && !!CONFIG.SMTP.PORT
    return false
  }

  static get Instance () {
    return this.instance || (this.instance = new this())
  }
}

export { Emailer }
