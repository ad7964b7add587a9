import { createAppAuth } from "@octokit/auth-app";
import { Octokit } from "octokit";
import Logger from "@server/logging/Logger";
import env from "./env";

export class GitHub {
  private static appOctokit: Octokit;

  private static supportedResources = ["issue", "pull"];

  public static async authenticateAsInstallation(installationId: number) {
    if (!this.appOctokit) {
      this.appOctokit = new Octokit({
        authStrategy: createAppAuth,
        auth: { appId: env.GITHUB_APP_ID, privateKey: env.GITHUB_APP_PRIVATE_KEY, clientId: env.GITHUB_CLIENT_ID, clientSecret: env.GITHUB_CLIENT_SECRET },
      });
    }
    return (await this.appOctokit.auth({ type: "installation", installationId })) as { token: string };
  }

  public static unfurl = async (url: string) => {
    const { owner, repo, type, id } = GitHub.parseUrl(url) ?? {};
    if (!owner || !type || !GitHub.supportedResources.includes(type)) {
      return;
    }
    try {
      const client = new Octokit({ baseUrl: "https://api.github.com" });
      const { data } = await client.request(`GET /repos/{owner}/{repo}/issues/{id}`, { owner, repo, id });
      return { type, url, title: data.title, state: data.state, author: data.user?.login };
    } catch (err) {
      Logger.warn("Failed to fetch resource from GitHub", err);
      return;
    }
  };

  private static parseUrl(url: string) {
    const { hostname, pathname } = new URL(url);
    if (hostname !== "github.com") {
      return;
    }
    const [, owner, repo, type, id] = pathname.split("/");
    return { owner, repo, type, id };
  }
}
