import * as endpoints from './api-endpoints';
import request from './request';

export const apiEndpoints = endpoints;
export { request };

export const dataService = {
  getMessagesByConvoId: (id: string) => request.get(endpoints.messages(id)),
  getConversations: (page: string) => request.get(endpoints.conversations(page)),
  searchConversations: (q: string, page: string) => request.get(endpoints.search(q, page)),
  login: (payload: unknown) => request.post(endpoints.login(), payload),
};

export enum EModelEndpoint {
  openAI = 'openAI',
  google = 'google',
  anthropic = 'anthropic',
  custom = 'custom',
}

export enum CacheKeys {
  CONFIG_STORE = 'configStore',
  CUSTOM_CONFIG = 'customConfig',
  BANS = 'bans',
}

export enum ViolationTypes {
  BAN = 'ban',
}

export const envVarRegex = /^\${(.+)}$/;
