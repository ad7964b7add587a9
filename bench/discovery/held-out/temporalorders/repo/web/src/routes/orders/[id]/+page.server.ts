import { error, fail } from '@sveltejs/kit';
import { orders } from '$lib/server/api';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, fetch }) => {
	try {
		return { order: await orders.get(fetch, params.id) };
	} catch (err) {
		error(404, `Order ${params.id} not found`);
	}
};

export const actions: Actions = {
	amend: async ({ params, fetch }) => {
		try {
			await orders.action(fetch, params.id, 'amend');
		} catch (err) {
			return fail(502, { error: String(err) });
		}
	},
	cancel: async ({ params, fetch }) => {
		try {
			await orders.action(fetch, params.id, 'cancel');
		} catch (err) {
			return fail(502, { error: String(err) });
		}
	}
};
