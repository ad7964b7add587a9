"use client";

import { FC, ReactNode, useEffect } from "react";
import posthog from "posthog-js";
import { PostHogProvider as PHProvider } from "posthog-js/react";

type Props = { children: ReactNode; isTelemetryEnabled: boolean };

const PostHogProvider: FC<Props> = ({ children, isTelemetryEnabled }) => {
  useEffect(() => {
    if (isTelemetryEnabled && process.env.NEXT_PUBLIC_POSTHOG_KEY && process.env.NEXT_PUBLIC_POSTHOG_HOST) {
      posthog.init(process.env.NEXT_PUBLIC_POSTHOG_KEY, {
        api_host: process.env.NEXT_PUBLIC_POSTHOG_HOST,
        autocapture: false,
        capture_pageview: false,
      });
    }
  }, [isTelemetryEnabled]);

  if (isTelemetryEnabled) return <PHProvider client={posthog}>{children}</PHProvider>;
  return <>{children}</>;
};

export default PostHogProvider;
