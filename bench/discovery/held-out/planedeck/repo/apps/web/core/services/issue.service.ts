import axios from "axios";
import { API_BASE_URL, APIService } from "./api.service";

export type TIssue = {
  id: string;
  name: string;
  description_html: string;
  priority: string;
  sequence_id: number;
};

export class IssueService extends APIService {
  constructor() {
    super(API_BASE_URL);
  }

  async getIssues(workspaceSlug: string, projectId: string, search?: string): Promise<TIssue[]> {
    return this.get(`/api/workspaces/${workspaceSlug}/projects/${projectId}/issues/`, { params: { search } })
      .then((response) => response?.data)
      .catch((error) => {
        throw error?.response?.data;
      });
  }

  async createIssue(workspaceSlug: string, projectId: string, data: Partial<TIssue>): Promise<TIssue> {
    return this.post(`/api/workspaces/${workspaceSlug}/projects/${projectId}/issues/`, data)
      .then((response) => response?.data)
      .catch((error) => {
        throw error?.response?.data;
      });
  }

  async askAssistant(workspaceSlug: string, projectId: string, task: string, prompt: string) {
    return this.post(`/api/workspaces/${workspaceSlug}/projects/${projectId}/ai-assistant/`, { task, prompt })
      .then((response) => response?.data)
      .catch((error) => {
        throw error?.response?.data;
      });
  }

  async uploadAttachment(workspaceSlug: string, file: File) {
    const { data } = await this.post(`/api/assets/v2/workspaces/${workspaceSlug}/`, {
      name: file.name,
      type: file.type,
      size: file.size,
      entity_type: "ISSUE_ATTACHMENT",
    });
    // Presigned POST goes straight from the browser to /uploads (MinIO behind the proxy)
    const form = new FormData();
    Object.entries(data.upload_data.fields).forEach(([k, v]) => form.append(k, v as string));
    form.append("file", file);
    await axios.post(data.upload_data.url, form, { headers: { "Content-Type": "multipart/form-data" } });
    await this.patch(`/api/assets/v2/workspaces/${workspaceSlug}/${data.asset_id}/`, {});
    return data.asset_id as string;
  }
}
