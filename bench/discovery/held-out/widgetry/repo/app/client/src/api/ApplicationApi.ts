import Api from "./Api";

export interface ApplicationPayload {
  id: string;
  name: string;
  workspaceId: string;
  pages: { id: string; name: string; isDefault: boolean }[];
}

class ApplicationApi extends Api {
  static baseURL = "applications";

  static fetchApplications(workspaceId: string) {
    return Api.get<ApplicationPayload[]>(`${ApplicationApi.baseURL}`, { workspaceId });
  }

  static createApplication(workspaceId: string, name: string) {
    return Api.post<ApplicationPayload>(ApplicationApi.baseURL, { name }, { workspaceId });
  }

  static deleteApplication(applicationId: string) {
    return Api.delete<ApplicationPayload>(`${ApplicationApi.baseURL}/${applicationId}`);
  }

  static fetchTemplates() {
    // Proxied by the server to cloud services
    return Api.get<unknown[]>("app-templates");
  }
}

export default ApplicationApi;
