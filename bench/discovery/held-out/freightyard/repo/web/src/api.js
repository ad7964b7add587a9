// All calls go through the micro API gateway's RPC handler, which
// forwards { service, method, request } to the named go-micro service.
const API_URL = process.env.REACT_APP_API_URL || '';

export async function rpc(service, method, request, token) {
  const headers = { 'Content-Type': 'application/json' };
  if (token) {
    headers['Token'] = token;
  }
  const res = await fetch(`${API_URL}/rpc`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ service, method, request }),
  });
  if (!res.ok) {
    const text = await res.text();
    throw new Error(`rpc ${service}/${method} failed: ${res.status} ${text}`);
  }
  return res.json();
}

export const auth = (email, password) =>
  rpc('freightyard.account', 'AccountService.Auth', { email, password });

export const signup = (user) =>
  rpc('freightyard.account', 'AccountService.Create', user);

export const createManifest = (manifest, token) =>
  rpc('freightyard.manifest', 'ManifestService.CreateManifest', manifest, token);

export const getManifests = (token) =>
  rpc('freightyard.manifest', 'ManifestService.GetManifests', {}, token);
