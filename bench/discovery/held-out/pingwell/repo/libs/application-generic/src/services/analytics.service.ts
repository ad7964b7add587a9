import { Analytics } from '@segment/analytics-node';

/**
 * Product analytics for Pingwell Cloud. A no-op unless SEGMENT_TOKEN is set.
 */
export class AnalyticsService {
  private segment?: Analytics;

  constructor(token?: string) {
    if (token) {
      this.segment = new Analytics({ writeKey: token, flushAt: 20 });
    }
  }

  track(event: string, userId: string, properties: Record<string, unknown> = {}) {
    if (!this.segment || process.env.NODE_ENV === 'test') return;
    this.segment.track({ event, userId, properties: { ...properties, source: 'api' } });
  }

  async shutdown() {
    await this.segment?.closeAndFlush();
  }
}
