import { backendUrl } from './config';

async function request(path, options = {}) {
  const response = await fetch(`${backendUrl}${path}`, {
    headers: { 'Content-Type': 'application/json' },
    ...options,
  });
  if (!response.ok) {
    throw new Error(`${options.method || 'GET'} ${path} failed with ${response.status}`);
  }
  return response.status === 204 ? null : response.json();
}

export const searchCustomers = (filter, offset = 0) =>
  request(`/customers?filter=${encodeURIComponent(filter)}&limit=20&offset=${offset}`);

export const getCustomer = (customerId) => request(`/customers/${customerId}`);

export const updateCustomer = (customerId, profile) =>
  request(`/customers/${customerId}`, { method: 'PUT', body: JSON.stringify(profile) });

export const getInteractionLog = (customerId) => request(`/interaction-logs/${customerId}`);

export const acknowledgeInteractions = (customerId, lastAcknowledgedInteractionId) =>
  request(`/interaction-logs/${customerId}`, {
    method: 'PATCH',
    body: JSON.stringify({ lastAcknowledgedInteractionId }),
  });
