import { hydrate } from "inferno-hydrate";
import { HttpService } from "../shared/services/HttpService";

declare global {
  interface Window {
    isoData: { path: string; site_res: unknown; routeData: unknown };
  }
}

async function startClient() {
  // In the browser, API calls go to the external host (through the nginx proxy)
  const site = await HttpService.client.getSite();
  const root = document.getElementById("root");
  if (root && site.state === "success") {
    hydrate(<div id="root">{(site.data as any).site_view.site.name}</div>, root);
  }
}

startClient();
