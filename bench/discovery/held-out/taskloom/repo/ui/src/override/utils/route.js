export const baseUrl = import.meta.env.VITE_APP_API_URL
    ? import.meta.env.VITE_APP_API_URL.replace(/\/$/, "")
    : window.location.origin + (window.TASKLOOM_BASE_PATH || "/").replace(/\/ui\/$/, "");

export const basePath = () => "/api/v1";

export const apiUrl = () => `${baseUrl}${basePath()}`;

export const apiUrlWithoutTenants = () => `${baseUrl}/api/v1`;
