import path from "path";
import { glob } from "glob";
import type Router from "koa-router";
import isArray from "lodash/isArray";
import env from "@server/env";
import Logger from "@server/logging/Logger";

export enum Hook {
  API = "api",
  AuthProvider = "authProvider",
  EmailTemplate = "emailTemplate",
  Processor = "processor",
  Task = "task",
  UnfurlProvider = "unfurl",
}

type Plugin<T extends Hook> = {
  type: T;
  value: any;
  priority?: number;
  name?: string;
};

export class PluginManager {
  private static plugins = new Map<Hook, Plugin<Hook>[]>();
  private static loaded = false;

  /**
   * Add plugins. Each plugin's server/index.ts decides whether to call add()
   * based on its env configuration, e.g. the google plugin does nothing without
   * GOOGLE_CLIENT_ID.
   */
  public static add(plugins: Array<Plugin<Hook>> | Plugin<Hook>) {
    if (isArray(plugins)) {
      return plugins.forEach((plugin) => this.register(plugin));
    }
    this.register(plugins);
  }

  private static register<T extends Hook>(plugin: Plugin<T>) {
    if (!this.plugins.has(plugin.type)) {
      this.plugins.set(plugin.type, []);
    }
    this.plugins.get(plugin.type)!.push({ ...plugin, priority: plugin.priority ?? 0 });
    Logger.debug("plugins", `Plugin(type=${plugin.type}) registered ${plugin.name ?? ""}`);
  }

  public static loadPlugins() {
    if (this.loaded) {
      return;
    }
    const rootDir = env.ENVIRONMENT === "test" ? "" : "build";
    glob.sync(path.join(rootDir, "plugins/*/server/!(*.test|schema).[jt]s")).forEach((filePath: string) => {
      require(path.join(process.cwd(), filePath));
    });
    this.loaded = true;
  }

  public static getHooks<T extends Hook>(type: T): Plugin<T>[] {
    this.loadPlugins();
    return (this.plugins.get(type) || []).sort((a, b) => (a.priority ?? 0) - (b.priority ?? 0)) as Plugin<T>[];
  }

  public static getProcessor(name: string) {
    return this.getHooks(Hook.Processor).find((p) => p.value.name === name)?.value;
  }

  public static getTask(name: string) {
    return this.getHooks(Hook.Task).find((p) => p.value.name === name)?.value;
  }
}

export type { Router };
