import type { Handle, HandleServerError } from '@sveltejs/kit';

export const handle: Handle = async ({ event, resolve }) => {
	const started = Date.now();
	const response = await resolve(event);
	if (event.url.pathname !== '/healthz') {
		console.log(
			JSON.stringify({
				msg: 'request',
				method: event.request.method,
				path: event.url.pathname,
				status: response.status,
				ms: Date.now() - started
			})
		);
	}
	return response;
};

export const handleError: HandleServerError = ({ error, event }) => {
	console.error(JSON.stringify({ msg: 'unhandled error', path: event.url.pathname, error: String(error) }));
	return { message: 'Something went wrong talking to the OMS backend.' };
};
