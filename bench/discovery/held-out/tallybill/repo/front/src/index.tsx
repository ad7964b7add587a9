import * as Sentry from '@sentry/react'
import { createRoot } from 'react-dom/client'

import App from '~/App'
import { envGlobalVar } from '~/core/constants/envGlobalVar'

const { sentryDsn, appEnv } = envGlobalVar()

if (!!sentryDsn && appEnv !== 'development') {
  Sentry.init({ dsn: sentryDsn, environment: appEnv, tracesSampleRate: 0.1 })
}

const container = document.getElementById('root')
const root = createRoot(container as HTMLElement)
root.render(<App />)
