import { http } from '../_helpers/http';

export const authService = {
  ssoConfigs: () => http.get('/auth/sso-configs'),
  googleLogin: (token) => http.post('/auth/sso/google', { token }),
  gitLogin: (code) => http.post('/auth/sso/git', { code }),
};
