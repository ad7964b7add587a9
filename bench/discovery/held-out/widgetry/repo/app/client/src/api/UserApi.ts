import Api from "./Api";

export interface User {
  id: string;
  email: string;
  name: string;
}

class UserApi extends Api {
  static usersURL = "users";

  static getCurrentUser() {
    return Api.get<User>(`${UserApi.usersURL}/me`);
  }

  static signup(email: string, password: string, recaptchaToken?: string) {
    return Api.post<User>(`${UserApi.usersURL}/signup`, { email, password }, { recaptchaToken });
  }

  static forgotPassword(email: string) {
    return Api.post<void>(`${UserApi.usersURL}/forgotPassword`, { email });
  }

  static logout() {
    return Api.post<void>("logout");
  }

  // Social login is a full-page redirect handled by the server, e.g. /oauth2/authorization/google
  static oauthLoginUrl(provider: "google" | "github") {
    return `/oauth2/authorization/${provider}`;
  }
}

export default UserApi;
