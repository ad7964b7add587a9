import { describe, expect, it, vi } from 'vitest';

vi.mock('$env/dynamic/private', () => ({
	env: { ORDER_API_URL: 'http://localhost:18082', FRAUD_API_URL: 'http://localhost:18084' }
}));

import { fraud, orders } from './api';

describe('orders client', () => {
	it('lists orders from the order API', async () => {
		const fetchMock = vi.fn().mockResolvedValue(
			new Response(JSON.stringify([{ id: 'A1', customerId: '1', status: 'pending', receivedAt: '' }]), {
				status: 200
			})
		);
		const result = await orders.list(fetchMock as unknown as typeof fetch);
		expect(fetchMock).toHaveBeenCalledWith('http://localhost:18082/orders', expect.anything());
		expect(result[0].id).toBe('A1');
	});

	it('raises on errors', async () => {
		const fetchMock = vi.fn().mockResolvedValue(new Response('boom', { status: 500 }));
		await expect(fraud.getSettings(fetchMock as unknown as typeof fetch)).rejects.toThrow(/500/);
	});
});
