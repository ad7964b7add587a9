const ORDER = ['online', 'busy', 'away', 'offline'];

export function processConnectionStatus(current: string, status: string): string {
	return ORDER.indexOf(status) < ORDER.indexOf(current) ? status : current;
}

export function processPresenceAndStatus(connections: { status: string }[], statusDefault = 'online') {
	const statusConnection = connections.reduce((cur, c) => processConnectionStatus(cur, c.status), 'offline');
	const status = statusConnection === 'offline' ? 'offline' : statusDefault === 'online' ? statusConnection : statusDefault;
	return { status, statusConnection };
}
