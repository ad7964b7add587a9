import type { Request, Response } from "express";
import { LemmyHttp } from "lemmy-js-client";
import { getHttpBaseInternal } from "../../shared/utils/env";

let manifest: object | undefined = undefined;

export default async (_req: Request, res: Response) => {
  if (!manifest) {
    const client = new LemmyHttp(getHttpBaseInternal(), { fetchFunction: fetch });
    const site = await client.getSite();
    manifest = {
      name: site.site_view.site.name,
      short_name: site.site_view.site.name,
      start_url: "/",
      display: "standalone",
    };
  }
  res.setHeader("content-type", "application/manifest+json");
  res.send(manifest);
};
