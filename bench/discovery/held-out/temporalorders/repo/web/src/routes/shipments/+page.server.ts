import { fail } from '@sveltejs/kit';
import { shipments } from '$lib/server/api';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch }) => {
	return { shipments: await shipments.list(fetch) };
};

// The UI plays the carrier: these buttons post carrier updates to the shipment API.
export const actions: Actions = {
	dispatch: async ({ request, fetch }) => {
		const id = String((await request.formData()).get('id'));
		try {
			await shipments.carrierUpdate(fetch, id, 'dispatched');
		} catch (err) {
			return fail(502, { error: String(err) });
		}
	},
	deliver: async ({ request, fetch }) => {
		const id = String((await request.formData()).get('id'));
		try {
			await shipments.carrierUpdate(fetch, id, 'delivered');
		} catch (err) {
			return fail(502, { error: String(err) });
		}
	}
};
