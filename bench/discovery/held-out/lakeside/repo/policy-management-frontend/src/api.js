import axios from 'axios';

// Both clients run in the underwriter's browser.
export const policyApi = axios.create({ baseURL: process.env.VUE_APP_POLICY_MANAGEMENT_BACKEND, timeout: 10000 });

export async function listPolicies(customerId) {
  const { data } = await policyApi.get('/policies', { params: customerId ? { customerId } : {} });
  return data;
}

export async function updatePolicy(policyId, changes) {
  const { data } = await policyApi.put(`/policies/${policyId}`, changes);
  return data;
}

export async function deletePolicy(policyId) {
  await policyApi.delete(`/policies/${policyId}`);
}
