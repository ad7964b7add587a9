import axios, { AxiosInstance } from "axios";

// In docker-compose and Kubernetes API_BASE_URL points at the api service directly (http://api:8000)
export const API_BASE_URL = process.env.API_BASE_URL ?? "";

abstract class APIService {
  protected baseURL: string;
  private axiosInstance: AxiosInstance;

  constructor(baseURL: string) {
    this.baseURL = baseURL;
    this.axiosInstance = axios.create({ baseURL, withCredentials: true, timeout: 20000 });
  }

  get(url: string, params = {}, config = {}) {
    return this.axiosInstance.get(url, { ...params, ...config });
  }

  patch(url: string, data = {}, config = {}) {
    return this.axiosInstance.patch(url, data, config);
  }
}

export class UserService extends APIService {
  constructor() {
    super(API_BASE_URL);
  }

  async currentUser(cookie: string) {
    return this.get("/api/users/me/", { headers: { Cookie: cookie } })
      .then((response) => response?.data)
      .catch((error) => {
        throw error;
      });
  }

  async workspaceMemberships(workspaceSlug: string, cookie: string) {
    return this.get(`/api/workspaces/${workspaceSlug}/workspace-members/me/`, { headers: { Cookie: cookie } })
      .then((response) => response?.data)
      .catch((error) => {
        throw error?.response?.data;
      });
  }
}

export class PageService extends APIService {
  constructor() {
    super(API_BASE_URL);
  }

  async fetchDescriptionBinary(workspaceSlug: string, pageId: string, cookie: string): Promise<any> {
    return this.get(`/api/workspaces/${workspaceSlug}/pages/${pageId}/description/`, {
      headers: { "Content-Type": "application/octet-stream", Cookie: cookie },
      responseType: "arraybuffer",
    })
      .then((response) => response?.data)
      .catch((error) => {
        throw error?.response?.data;
      });
  }

  async updateDescription(workspaceSlug: string, pageId: string, data: object, cookie: string): Promise<any> {
    return this.patch(`/api/workspaces/${workspaceSlug}/pages/${pageId}/description/`, data, {
      headers: { Cookie: cookie },
    })
      .then((response) => response?.data)
      .catch((error) => {
        throw error;
      });
  }
}
