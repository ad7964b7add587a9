import type { Db } from 'mongodb';

export { getConnection, getCollection } from './mongo';

const registry = new Map<string, unknown>();

export function registerServiceModels(db: Db): void {
	for (const name of ['users', 'rooms', 'subscriptions', 'message', 'permissions', 'roles', 'settings', 'uploads', 'livechat_rooms', 'usersSessions']) {
		registry.set(name, db.collection(`chatrelay_${name}`));
	}
	registry.set('users', db.collection('users'));
}

export function getModel<T>(name: string): T {
	const model = registry.get(name);
	if (!model) throw new Error(`model ${name} not registered`);
	return model as T;
}
