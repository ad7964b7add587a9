import axios from '..';

export interface SlackChannel {
	name: string;
	type: 'slack' | 'webhook' | 'email' | 'pagerduty';
	data: Record<string, unknown>;
}

export const createChannel = async (channel: SlackChannel): Promise<void> => {
	await axios.post('/channels', channel);
};

export const testChannel = async (channel: SlackChannel): Promise<void> => {
	await axios.post('/testChannel', channel);
};
