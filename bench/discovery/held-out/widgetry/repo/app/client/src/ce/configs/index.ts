export interface WidgetryUIConfig {
  sentry: { enabled: boolean; dsn: string; environment: string };
  segment: { enabled: boolean; apiKey: string };
  googleMaps: { enabled: boolean; apiKey: string };
  recaptcha: { enabled: boolean; siteKey: string };
  disableTelemetry: boolean;
}

declare global {
  interface Window {
    WIDGETRY_FEATURE_CONFIGS: {
      sentry: { dsn: string; environment: string };
      segment: { apiKey: string };
      googleMapsApiKey: string;
      recaptchaSiteKey: string;
      disableTelemetry: boolean;
    };
  }
}

export const getWidgetryConfigs = (): WidgetryUIConfig => {
  const cfg = window.WIDGETRY_FEATURE_CONFIGS;
  const segmentKey = process.env.REACT_APP_SEGMENT_KEY || cfg?.segment.apiKey || "";
  const sentryDsn = process.env.REACT_APP_SENTRY_DSN || cfg?.sentry.dsn || "";
  const mapsKey = process.env.REACT_APP_GOOGLE_MAPS_API_KEY || cfg?.googleMapsApiKey || "";
  const recaptchaKey = cfg?.recaptchaSiteKey || "";

  return {
    sentry: { enabled: !!sentryDsn, dsn: sentryDsn, environment: cfg?.sentry.environment || "selfhost" },
    segment: { enabled: !!segmentKey && !cfg?.disableTelemetry, apiKey: segmentKey },
    googleMaps: { enabled: !!mapsKey, apiKey: mapsKey },
    recaptcha: { enabled: !!recaptchaKey, siteKey: recaptchaKey },
    disableTelemetry: !!cfg?.disableTelemetry,
  };
};
