import posthog from "posthog-js"

const posthogConfigured = !!process.env.POSTHOG_TOKEN && process.env.ENABLE_ANALYTICS === "true"

class Analytics {
  private initialised = false

  init() {
    // Self-hosted builds are compiled with no token and ENABLE_ANALYTICS=false
    if (!posthogConfigured || this.initialised) {
      return
    }
    posthog.init(process.env.POSTHOG_TOKEN!, {
      api_host: process.env.POSTHOG_URL,
      autocapture: false,
      capture_pageview: false,
    })
    this.initialised = true
  }

  identify(id: string) {
    if (this.initialised) {
      posthog.identify(id)
    }
  }

  captureEvent(event: string, props: Record<string, any> = {}) {
    if (this.initialised) {
      posthog.capture(event, props)
    }
  }
}

export const analytics = new Analytics()
