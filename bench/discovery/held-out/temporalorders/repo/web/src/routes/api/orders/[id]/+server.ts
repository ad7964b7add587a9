// JSON endpoint polled by the browser (see $lib/poll.ts); forwards to the order API.
import { error, json } from '@sveltejs/kit';
import { orders } from '$lib/server/api';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params, fetch }) => {
	try {
		return json(await orders.get(fetch, params.id));
	} catch (err) {
		error(502, String(err));
	}
};
