const runtime = window.__ENV__ || {};

export const backendUrl = runtime.CUSTOMER_MANAGEMENT_BACKEND_URL || process.env.REACT_APP_CUSTOMER_MANAGEMENT_BACKEND;
export const chatUrl = runtime.CHAT_WS_URL || process.env.REACT_APP_CHAT_WS_URL;
