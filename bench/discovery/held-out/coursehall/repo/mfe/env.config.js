// Runtime config for the micro-frontends. These URLs are used by the learner's browser
// (public hostnames served by Caddy), the mfe container itself only serves static files.
const config = {
  BASE_URL: 'https://apps.learn.coursehall.example',
  LMS_BASE_URL: 'https://learn.coursehall.example',
  STUDIO_BASE_URL: 'https://studio.coursehall.example',
  LOGIN_URL: 'https://learn.coursehall.example/login',
  LOGOUT_URL: 'https://learn.coursehall.example/logout',
  REFRESH_ACCESS_TOKEN_ENDPOINT: 'https://learn.coursehall.example/login_refresh',
  MFE_CONFIG_API_URL: 'https://learn.coursehall.example/api/mfe_config/v1',
  SEGMENT_KEY: '',
  SITE_NAME: 'CourseHall',
};

export default config;
