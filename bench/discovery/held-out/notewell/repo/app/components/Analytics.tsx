/* eslint-disable prefer-rest-params */
import * as React from "react";
import env from "~/env";

type Props = { children?: React.ReactNode };

const Analytics: React.FC = ({ children }: Props) => {
  // Google Analytics 4, only loaded when GOOGLE_ANALYTICS_ID is configured
  React.useEffect(() => {
    if (!env.GOOGLE_ANALYTICS_ID) {
      return;
    }

    window.dataLayer = window.dataLayer || [];
    window.gtag = function () {
      window.dataLayer.push(arguments);
    };
    window.gtag("js", new Date());
    window.gtag("config", env.GOOGLE_ANALYTICS_ID, { allow_google_signals: false, restricted_data_processing: true });

    const script = document.createElement("script");
    script.src = `https://www.googletagmanager.com/gtag/js?id=${env.GOOGLE_ANALYTICS_ID}`;
    script.async = true;
    document.getElementsByTagName("head")[0]?.appendChild(script);
  }, []);

  return <>{children}</>;
};

export default Analytics;
