const TTL = 10_000;

class PermissionCache {
	private entries = new Map<string, { v: boolean; at: number }>();

	private guest: string[] = [];

	get(key: string): boolean | undefined {
		const e = this.entries.get(key);
		if (!e || Date.now() - e.at > TTL) return undefined;
		return e.v;
	}

	set(key: string, v: boolean): void {
		this.entries.set(key, { v, at: Date.now() });
	}

	setGuest(perms: string[]): void {
		this.guest = perms;
	}

	clear(): void {
		this.entries.clear();
	}
}

export const permissionCache = new PermissionCache();
