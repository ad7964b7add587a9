type Listener = (value: unknown) => void;

class CachedSettings {
	private store = new Map<string, unknown>();

	private listeners = new Map<string, Listener[]>();

	constructor() {
		// OVERWRITE_SETTING_<id>=value env vars win over values persisted in MongoDB
		for (const [key, value] of Object.entries(process.env)) {
			if (key.startsWith('OVERWRITE_SETTING_')) {
				this.store.set(key.replace('OVERWRITE_SETTING_', ''), this.coerce(value));
			}
		}
	}

	private coerce(v?: string): unknown {
		if (v === 'true') return true;
		if (v === 'false') return false;
		return v;
	}

	get<T = unknown>(id: string): T {
		return this.store.get(id) as T;
	}

	set(id: string, value: unknown): void {
		if (process.env[`OVERWRITE_SETTING_${id}`] !== undefined) return;
		this.store.set(id, value);
		(this.listeners.get(id) || []).forEach((l) => l(value));
	}

	watch(id: string, cb: Listener): void {
		this.listeners.set(id, [...(this.listeners.get(id) || []), cb]);
		if (this.store.has(id)) cb(this.store.get(id));
	}
}

export const settings = new CachedSettings();
