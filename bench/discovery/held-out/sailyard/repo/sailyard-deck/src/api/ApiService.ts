import axios, { AxiosInstance, AxiosRequestConfig } from 'axios';

declare global {
  interface Window {
    sailyardSettings: { gateUrl: string; authEnabled: boolean };
  }
}

export class ApiService {
  private static client: AxiosInstance;

  private static http(): AxiosInstance {
    if (!this.client) {
      this.client = axios.create({
        baseURL: window.sailyardSettings.gateUrl,
        withCredentials: true,
        timeout: 30000,
      });
      this.client.interceptors.response.use(
        (r) => r,
        (err) => {
          if (err?.response?.status === 401 && window.sailyardSettings.authEnabled) {
            window.location.href = `${window.sailyardSettings.gateUrl}/login?redirect=${encodeURIComponent(
              window.location.href,
            )}`;
          }
          return Promise.reject(err);
        },
      );
    }
    return this.client;
  }

  public static get<T>(path: string, config?: AxiosRequestConfig): Promise<T> {
    return this.http().get<T>(path, config).then((r) => r.data);
  }

  public static post<T>(path: string, body?: unknown): Promise<T> {
    return this.http().post<T>(path, body).then((r) => r.data);
  }

  public static put<T>(path: string, body?: unknown): Promise<T> {
    return this.http().put<T>(path, body).then((r) => r.data);
  }

  public static delete<T>(path: string): Promise<T> {
    return this.http().delete<T>(path).then((r) => r.data);
  }
}

export const ApplicationReader = {
  listApplications: () => ApiService.get<any[]>('/applications'),
  getApplication: (name: string) => ApiService.get<any>(`/applications/${name}`),
};

export const PipelineConfigService = {
  getPipelines: (app: string) => ApiService.get<any[]>(`/applications/${app}/pipelineConfigs`),
  triggerPipeline: (app: string, name: string, body: unknown) =>
    ApiService.post<any>(`/pipelines/${app}/${encodeURIComponent(name)}`, body),
};

export const CanaryService = {
  listConfigs: (app: string) => ApiService.get<any[]>(`/proxies/canary/canaryConfig?application=${app}`),
};
