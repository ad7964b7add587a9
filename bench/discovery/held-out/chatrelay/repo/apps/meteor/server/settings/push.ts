import { settingsRegistry } from './registry';

export const createPushSettings = () =>
	settingsRegistry.addGroup('Push', function () {
		this.add('Push_enable', true, { type: 'boolean', public: true });
		this.add('Push_enable_gateway', true, { type: 'boolean' });
		this.add('Push_gateway', 'https://gateway.chatrelay.io', { type: 'string', i18nDescription: 'Push_gateway_description' });
		this.add('Push_production', true, { type: 'boolean' });
	});
