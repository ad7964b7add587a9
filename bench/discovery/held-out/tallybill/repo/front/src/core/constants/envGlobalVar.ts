const { appEnv, apiUrl, disableSignUp, sentryDsn } = {
  appEnv: window.APP_ENV || APP_ENV,
  apiUrl: window.API_URL || API_URL,
  disableSignUp: (window.TALLYBILL_DISABLE_SIGNUP || TALLYBILL_DISABLE_SIGNUP) === 'true',
  sentryDsn: window.SENTRY_DSN || SENTRY_DSN,
}

export const envGlobalVar = () => ({ appEnv, apiUrl, disableSignUp, sentryDsn })
