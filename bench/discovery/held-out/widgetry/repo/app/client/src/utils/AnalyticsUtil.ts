import { AnalyticsBrowser } from "@segment/analytics-next";
import * as Sentry from "@sentry/react";
import { getWidgetryConfigs } from "ce/configs";

let segment: AnalyticsBrowser | undefined;

export function initAnalytics() {
  const { segment: segmentConfig, sentry } = getWidgetryConfigs();

  if (sentry.enabled) {
    Sentry.init({ dsn: sentry.dsn, environment: sentry.environment, tracesSampleRate: 0.1 });
  }

  // Loads https://cdn.segment.com/analytics.js and posts to https://api.segment.io only when a key
  // is configured and WIDGETRY_DISABLE_TELEMETRY is not set.
  if (segmentConfig.enabled) {
    segment = AnalyticsBrowser.load({ writeKey: segmentConfig.apiKey });
  }
}

export function logEvent(eventName: string, properties: Record<string, unknown> = {}) {
  if (!segment) return;
  segment.track(eventName, { ...properties, source: "widgetry-ce" });
}

export function identifyUser(userId: string, email?: string) {
  if (!segment) return;
  segment.identify(userId, { email });
  Sentry.setUser({ id: userId });
}
