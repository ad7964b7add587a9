// Server-side clients for the OMS APIs. Only imported from +page.server.ts and
// +server.ts files, so these URLs never reach the browser.
import { env } from '$env/dynamic/private';
import type { FraudSettings, Item, OrderRecord, OrderStatus, ShipmentRecord } from '$lib/types';

const orderApi = () => env.ORDER_API_URL ?? 'http://localhost:8082';
const shipmentApi = () => env.SHIPMENT_API_URL ?? 'http://localhost:8083';
const fraudApi = () => env.FRAUD_API_URL ?? 'http://localhost:8084';

type Fetch = typeof fetch;

async function request<T>(fetchFn: Fetch, url: string, init?: RequestInit): Promise<T> {
	const res = await fetchFn(url, {
		...init,
		headers: { 'Content-Type': 'application/json', ...(init?.headers ?? {}) }
	});
	if (!res.ok) {
		const text = await res.text();
		throw new Error(`${init?.method ?? 'GET'} ${url} failed: ${res.status} ${text}`);
	}
	if (res.status === 202 || res.status === 204) {
		return undefined as T;
	}
	return (await res.json()) as T;
}

export const orders = {
	list: (f: Fetch) => request<OrderRecord[]>(f, `${orderApi()}/orders`),
	get: (f: Fetch, id: string) => request<OrderStatus>(f, `${orderApi()}/orders/${encodeURIComponent(id)}`),
	create: (f: Fetch, input: { id: string; customerId: string; items: Item[] }) =>
		request<{ id: string }>(f, `${orderApi()}/orders`, { method: 'POST', body: JSON.stringify(input) }),
	action: (f: Fetch, id: string, action: 'amend' | 'cancel') =>
		request<void>(f, `${orderApi()}/orders/${encodeURIComponent(id)}/action`, {
			method: 'POST',
			body: JSON.stringify({ action })
		})
};

export const shipments = {
	list: (f: Fetch) => request<ShipmentRecord[]>(f, `${shipmentApi()}/shipments`),
	carrierUpdate: (f: Fetch, id: string, status: 'dispatched' | 'delivered') =>
		request<void>(f, `${shipmentApi()}/shipments/${encodeURIComponent(id)}/carrier-update`, {
			method: 'POST',
			body: JSON.stringify({ status })
		})
};

export const fraud = {
	getSettings: (f: Fetch) => request<FraudSettings>(f, `${fraudApi()}/settings`),
	putSettings: (f: Fetch, settings: FraudSettings) =>
		request<FraudSettings>(f, `${fraudApi()}/settings`, { method: 'PUT', body: JSON.stringify(settings) }),
	reset: (f: Fetch) => request<void>(f, `${fraudApi()}/reset`, { method: 'POST' })
};
