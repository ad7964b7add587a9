import App from "./App.svelte"
import { analytics } from "./analytics/posthog"

analytics.init()

const app = new App({ target: document.getElementById("app") })

export default app
