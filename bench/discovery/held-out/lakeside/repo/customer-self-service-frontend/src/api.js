// Called from the customer's browser; the backend allows this origin via CORS.
const BASE = process.env.REACT_APP_CUSTOMER_SELF_SERVICE_BACKEND;

async function call(method, path, body) {
  const res = await fetch(`${BASE}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status}`);
  return res.json();
}

export const signUp = (profile) => call('POST', '/customers', profile);
export const changeAddress = (customerId, address) => call('PUT', `/customers/${customerId}/address`, address);
export const listQuoteRequests = (customerId) => call('GET', `/insurance-quote-requests?customerId=${customerId}`);
export const requestQuote = (request) => call('POST', '/insurance-quote-requests', request);
export const acceptQuote = (id) => call('PATCH', `/insurance-quote-requests/${id}`, { status: 'QUOTE_ACCEPTED' });
export const rejectQuote = (id) => call('PATCH', `/insurance-quote-requests/${id}`, { status: 'QUOTE_REJECTED' });
