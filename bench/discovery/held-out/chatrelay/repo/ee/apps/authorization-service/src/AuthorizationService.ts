import { ServiceClass, api } from '@chatrelay/core-services';
import { getModel } from '@chatrelay/models';
import type { Collection } from 'mongodb';

import { permissionCache } from './cache';

export class Authorization extends ServiceClass {
	protected name = 'authorization';

	constructor() {
		super();
		const clearCache = () => permissionCache.clear();
		this.onEvent('watch.roles', clearCache);
		this.onEvent('watch.permissions', clearCache);
		this.onEvent('permission.changed', clearCache);
	}

	async started(): Promise<void> {
		// ask the main app whether guests may read public rooms (setting lives in the monolith)
		const guestPermissions = await api.call('meteor.getGuestPermissions');
		permissionCache.setGuest(guestPermissions || []);
	}

	async hasPermission(uid: string, permission: string, scope?: string): Promise<boolean> {
		const key = `${uid}:${permission}:${scope || ''}`;
		const cached = permissionCache.get(key);
		if (cached !== undefined) return cached;

		const Users = getModel<Collection<{ _id: string; roles: string[] }>>('users');
		const Permissions = getModel<Collection<{ _id: string; roles: string[] }>>('permissions');
		const Subscriptions = getModel<Collection<{ rid: string; u: { _id: string }; roles?: string[] }>>('subscriptions');

		const [user, perm] = await Promise.all([Users.findOne({ _id: uid }, { projection: { roles: 1 } }), Permissions.findOne({ _id: permission })]);
		if (!user || !perm) return false;
		let roles = user.roles || [];
		if (scope) {
			const sub = await Subscriptions.findOne({ 'rid': scope, 'u._id': uid }, { projection: { roles: 1 } });
			roles = roles.concat(sub?.roles || []);
		}
		const result = roles.some((r) => perm.roles.includes(r));
		permissionCache.set(key, result);
		return result;
	}

	async hasAllPermission(uid: string, permissions: string[], scope?: string): Promise<boolean> {
		for (const p of permissions) {
			if (!(await this.hasPermission(uid, p, scope))) return false;
		}
		return true;
	}
}
