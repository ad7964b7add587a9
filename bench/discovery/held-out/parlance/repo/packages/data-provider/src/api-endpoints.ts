export const user = () => '/api/user';

export const messages = (conversationId: string, messageId?: string) =>
  `/api/messages/${conversationId}${messageId ? `/${messageId}` : ''}`;

export const conversations = (pageNumber: string) => `/api/convos?pageNumber=${pageNumber}`;

export const conversationById = (id: string) => `/api/convos/${id}`;

export const search = (q: string, pageNumber: string) =>
  `/api/search?q=${q}&pageNumber=${pageNumber}`;

export const searchEnabled = () => '/api/search/enable';

export const ask = (endpoint: string) => `/api/ask/${endpoint}`;

export const files = () => '/api/files';

export const login = () => '/api/auth/login';

export const register = () => '/api/auth/register';

export const requestPasswordReset = () => '/api/auth/requestPasswordReset';

export const config = () => '/api/config';
