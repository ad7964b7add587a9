import axios from 'axios';

import { settings } from '../../settings/cached';

export interface PushNotification {
	token: { apn?: string; gcm?: string };
	title: string;
	text: string;
	badge?: number;
	payload: Record<string, unknown>;
}

export async function sendToGateway(notification: PushNotification, workspaceToken: string): Promise<void> {
	if (!settings.get('Push_enable') || !settings.get('Push_enable_gateway')) {
		return;
	}
	const gateways = String(settings.get('Push_gateway') || 'https://gateway.chatrelay.io').split('\n');
	const service = notification.token.apn ? 'apn' : 'gcm';

	for (const gateway of gateways) {
		try {
			await axios.post(`${gateway}/push/${service}/send`, notification, {
				headers: { Authorization: `Bearer ${workspaceToken}` },
				timeout: 10000,
			});
			return;
		} catch (err: any) {
			if (err.response?.status === 406) {
				console.warn('push token rejected by gateway, removing');
				return;
			}
		}
	}
}
