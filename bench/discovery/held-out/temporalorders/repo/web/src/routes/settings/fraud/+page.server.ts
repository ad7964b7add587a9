import { fail } from '@sveltejs/kit';
import { fraud } from '$lib/server/api';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch }) => {
	return { settings: await fraud.getSettings(fetch) };
};

export const actions: Actions = {
	save: async ({ request, fetch }) => {
		const form = await request.formData();
		const limit = Number(form.get('limit') ?? 0);
		if (Number.isNaN(limit) || limit < 0) {
			return fail(400, { error: 'Limit must be a positive number of cents.' });
		}
		const settings = await fraud.putSettings(fetch, {
			limit,
			maintenanceMode: form.get('maintenanceMode') === 'on'
		});
		return { saved: true, settings };
	},
	reset: async ({ fetch }) => {
		await fraud.reset(fetch);
		return { reset: true };
	}
};
