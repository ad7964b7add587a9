import { init as initApm } from '@elastic/apm-rum'

// RUM telemetry only; the page's API calls go to the same origin that served it.
const apm = initApm({
  serviceName: window.ELASTIC_APM_SERVICE_NAME || 'opbrew-frontend',
  serverUrl: window.ELASTIC_APM_SERVER_URL || 'http://localhost:8200',
  serviceVersion: '1.4.0',
  distributedTracingOrigins: ['*']
})

export default apm
