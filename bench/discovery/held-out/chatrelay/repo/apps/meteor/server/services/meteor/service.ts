import { ServiceClassInternal, api } from '@chatrelay/core-services';

import { settings } from '../../settings/cached';

export class MeteorService extends ServiceClassInternal {
	protected name = 'meteor';

	constructor() {
		super();
		this.onEvent('watch.settings', ({ setting }: { setting: { _id: string; value: unknown } }) => {
			settings.set(setting._id, setting.value);
		});
		this.onEvent('presence.status', ({ user }: { user: { _id: string; status: string } }) => {
			console.debug('presence changed', user._id, user.status);
		});
	}

	async getLoginServiceConfiguration(): Promise<unknown[]> {
		return [];
	}

	async getGuestPermissions(): Promise<string[]> {
		return settings.get<boolean>('Accounts_AllowAnonymousRead') ? ['view-c-room', 'view-history'] : [];
	}

	async callMethod({ method, params }: { method: string; params: unknown[] }): Promise<unknown> {
		return (global as any).Meteor.call(method, ...params);
	}

	async notifyGuestStatusChanged(token: string, status: string): Promise<void> {
		await api.broadcast('livechat.guestStatus', { token, status });
	}
}
