// Browser-side polling helper used by the order detail page. It calls this
// SvelteKit app's own /api routes, never the backend APIs directly.
import type { OrderStatus } from '$lib/types';

export function pollOrder(id: string, onUpdate: (o: OrderStatus) => void, intervalMs = 2000): () => void {
	let stopped = false;

	async function tick() {
		if (stopped) return;
		try {
			const res = await fetch(`/api/orders/${encodeURIComponent(id)}`);
			if (res.ok) {
				onUpdate((await res.json()) as OrderStatus);
			}
		} catch (err) {
			console.warn('poll failed', err);
		}
		if (!stopped) setTimeout(tick, intervalMs);
	}

	tick();
	return () => {
		stopped = true;
	};
}
