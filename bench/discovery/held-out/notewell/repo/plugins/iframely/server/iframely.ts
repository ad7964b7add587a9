import fetch from "node-fetch";
import { Day } from "@shared/utils/time";
import { InternalError } from "@server/errors";
import Logger from "@server/logging/Logger";
import Redis from "@server/storage/redis";
import env from "./env";

class Iframely {
  public static defaultUrl = "https://iframe.ly";
  public static cacheExpiry = Day.seconds;

  public static async requestResource(url: string, type = "oembed") {
    const isDefaultHost = env.IFRAMELY_URL === this.defaultUrl;

    // Cloud Iframely requires /api path, while self-hosted does not.
    const apiUrl = isDefaultHost ? `${env.IFRAMELY_URL}/api` : env.IFRAMELY_URL;

    try {
      const res = await fetch(
        `${apiUrl}/${type}?url=${encodeURIComponent(url)}&api_key=${env.IFRAMELY_API_KEY}`
      );
      return await res.json();
    } catch (err) {
      Logger.error(`Error fetching data from Iframely for url: ${url}`, err);
      throw InternalError(err);
    }
  }

  public static async unfurl(url: string) {
    const cacheKey = `unfurl:${url}`;
    const cached = await Redis.defaultClient.get(cacheKey);
    if (cached) {
      return JSON.parse(cached);
    }
    const data = await Iframely.requestResource(url);
    await Redis.defaultClient.set(cacheKey, JSON.stringify(data), "EX", Iframely.cacheExpiry);
    return data;
  }
}

export default Iframely;
