import type { Request, Response } from "express";
import { renderToString } from "inferno-server";
import { GetSiteResponse, LemmyHttp } from "lemmy-js-client";
import serialize from "serialize-javascript";
import { wrapClient } from "../../shared/services/HttpService";
import { getHttpBaseInternal } from "../../shared/utils/env";
import { customHtmlHeader, debugEnabled } from "../../shared/config";

function getJwtCookie(headers: Request["headers"]): string | undefined {
  const cookie = headers.cookie ?? "";
  const match = cookie.match(/(?:^|;\s*)jwt=([^;]+)/);
  return match ? match[1] : undefined;
}

export default async (req: Request, res: Response) => {
  try {
    const auth = getJwtCookie(req.headers);
    const headers: Record<string, string> = {};
    if (auth) {
      headers["Authorization"] = `Bearer ${auth}`;
    }
    if (req.headers["x-real-ip"]) {
      headers["X-Real-IP"] = String(req.headers["x-real-ip"]);
    }

    // Server-side rendering talks to the backend over the internal docker network
    const client = wrapClient(
      new LemmyHttp(getHttpBaseInternal(), { fetchFunction: fetch, headers }),
    );

    const siteRes = await client.getSite();
    if (siteRes.state === "failed") {
      res.status(500).send("Couldn't reach the lemmy backend");
      return;
    }
    const site: GetSiteResponse = siteRes.data;

    let routeData: unknown = undefined;
    const postMatch = req.path.match(/^\/post\/(\d+)/);
    if (postMatch) {
      routeData = await client.getPost({ id: Number(postMatch[1]) });
    }

    const isoData = { path: req.path, site_res: site, routeData };
    const root = renderToString(<div id="root">{site.site_view?.site?.name ?? "Lemmy"}</div>);

    res.send(`<!DOCTYPE html>
<html>
<head>
  <script>window.isoData = ${serialize(isoData)};</script>
  ${customHtmlHeader}
</head>
<body>
  ${root}
  <script defer src="/static/js/client.js"></script>
</body>
</html>`);
  } catch (err) {
    if (debugEnabled) console.error(err);
    res.statusCode = 500;
    res.send(String(err));
  }
};
