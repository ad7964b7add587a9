import { fail, redirect } from '@sveltejs/kit';
import { orders } from '$lib/server/api';
import type { Actions } from './$types';

export const actions: Actions = {
	default: async ({ request, fetch }) => {
		const form = await request.formData();
		const id = String(form.get('id') ?? '').trim();
		const customerId = String(form.get('customerId') ?? '').trim();
		const skus = form.getAll('sku').map(String).filter(Boolean);

		if (!id || !customerId || skus.length === 0) {
			return fail(400, { error: 'Order id, customer and at least one item are required.' });
		}

		try {
			await orders.create(fetch, {
				id,
				customerId,
				items: skus.map((sku) => ({ sku, quantity: 1 }))
			});
		} catch (err) {
			return fail(502, { error: String(err) });
		}
		redirect(303, `/orders/${encodeURIComponent(id)}`);
	}
};
