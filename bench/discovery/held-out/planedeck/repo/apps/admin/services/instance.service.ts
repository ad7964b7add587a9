import axios, { AxiosInstance } from "axios";

// god-mode runs in the browser under /god-mode; /api is same-origin through the proxy
const API_BASE_URL = process.env.NEXT_PUBLIC_API_BASE_URL || "";

export type TInstanceConfigurationKeys =
  | "EMAIL_HOST"
  | "EMAIL_PORT"
  | "EMAIL_HOST_USER"
  | "EMAIL_FROM"
  | "LLM_API_KEY"
  | "LLM_MODEL"
  | "ENABLE_SIGNUP";

export class InstanceService {
  private http: AxiosInstance;

  constructor() {
    this.http = axios.create({ baseURL: API_BASE_URL, withCredentials: true });
  }

  async getInstanceInfo() {
    return (await this.http.get("/api/instances/")).data;
  }

  async getInstanceConfigurations() {
    return (await this.http.get("/api/instances/configurations/")).data;
  }

  async updateInstanceConfigurations(data: Partial<Record<TInstanceConfigurationKeys, string>>) {
    return (await this.http.patch("/api/instances/configurations/", data)).data;
  }

  async sendTestEmail(receiver_email: string) {
    return (await this.http.post("/api/instances/email-credentials-check/", { receiver_email })).data;
  }
}
