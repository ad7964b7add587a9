import os from 'os'

/**
 * Periodically pushes service metrics to the stats collector.
 */
export function initStatisticsContext (serviceName: string, opt: { statsUrl?: string, serviceToken: () => string }): () => void {
  const statsUrl = opt.statsUrl ?? process.env.STATS_URL
  if (statsUrl === undefined || statsUrl === '') {
    return () => {}
  }
  const interval = setInterval(() => {
    const data = {
      serviceName,
      memory: process.memoryUsage(),
      cpu: os.loadavg(),
      uptime: process.uptime()
    }
    void fetch(new URL('/api/v1/statistics', statsUrl), {
      method: 'PUT',
      headers: { Authorization: 'Bearer ' + opt.serviceToken(), 'Content-Type': 'application/json' },
      body: JSON.stringify(data)
    }).catch(() => {})
  }, 5000)
  return () => { clearInterval(interval) }
}
