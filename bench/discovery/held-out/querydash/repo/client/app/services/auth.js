import { axios } from "@/services/axios";

export const currentUser = {};
export const clientConfig = {};

function updateSession(sessionData) {
  Object.assign(currentUser, sessionData.user);
  Object.assign(clientConfig, sessionData.client_config);
}

export const Auth = {
  isAuthenticated() {
    return !!currentUser.id;
  },
  login() {
    window.location.href = `login?next=${encodeURIComponent(window.location.href)}`;
  },
  logout() {
    return axios.get("logout").then(() => {
      window.location.href = "login";
    });
  },
  loadSession() {
    return axios.get("api/session").then(data => {
      updateSession(data);
      return data;
    });
  },
};
