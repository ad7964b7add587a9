import { PluginManager, Hook } from "@server/utils/PluginManager";
import config from "../plugin.json";
import env from "./env";
import Iframely from "./iframely";

const enabled = !!env.IFRAMELY_API_KEY && !!env.IFRAMELY_URL;

if (enabled) {
  PluginManager.add([
    {
      ...config,
      type: Hook.UnfurlProvider,
      value: { unfurl: Iframely.unfurl, cacheExpiry: Iframely.cacheExpiry },
    },
  ]);
}
