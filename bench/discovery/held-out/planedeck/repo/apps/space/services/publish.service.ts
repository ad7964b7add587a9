import axios from "axios";

// Browser-side calls: same origin, routed by the proxy to the api server
const API_BASE_URL = process.env.NEXT_PUBLIC_API_BASE_URL || "";

const client = axios.create({ baseURL: API_BASE_URL, withCredentials: true });

export type TPublishSettings = {
  anchor: string;
  workspace_detail: { slug: string; name: string };
  project_details: { id: string; name: string };
  is_comments_enabled: boolean;
  is_reactions_enabled: boolean;
};

export class PublishService {
  async fetchPublishSettings(anchor: string): Promise<TPublishSettings> {
    const response = await client.get(`/api/public/anchor/${anchor}/settings/`);
    return response.data;
  }

  async fetchAnchorIssues(anchor: string, params: Record<string, string>) {
    const response = await client.get(`/api/public/anchor/${anchor}/issues/`, { params });
    return response.data;
  }

  async addIssueComment(anchor: string, issueId: string, comment_html: string) {
    const response = await client.post(`/api/public/anchor/${anchor}/issues/${issueId}/comments/`, { comment_html });
    return response.data;
  }
}
