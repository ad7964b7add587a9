import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'nodeloom-workflow';

import { slackApiRequest, slackApiRequestAllItems } from './GenericFunctions';

/**
 * Slack node — executed on workers as part of user workflows.
 * Which workspace it talks to depends entirely on the credential the user selects.
 */
export class Slack implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Slack',
		name: 'slack',
		icon: 'file:slack.svg',
		group: ['output'],
		version: [2, 2.1, 2.2],
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Consume Slack API',
		defaults: { name: 'Slack' },
		inputs: ['main'],
		outputs: ['main'],
		credentials: [
			{ name: 'slackApi', required: true, displayOptions: { show: { authentication: ['accessToken'] } } },
			{ name: 'slackOAuth2Api', required: true, displayOptions: { show: { authentication: ['oAuth2'] } } },
		],
		properties: [
			{
				displayName: 'Authentication',
				name: 'authentication',
				type: 'options',
				options: [
					{ name: 'Access Token', value: 'accessToken' },
					{ name: 'OAuth2', value: 'oAuth2' },
				],
				default: 'accessToken',
			},
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Channel', value: 'channel' },
					{ name: 'Message', value: 'message' },
				],
				default: 'message',
			},
			{ displayName: 'Channel', name: 'channelId', type: 'string', default: '' },
			{ displayName: 'Text', name: 'text', type: 'string', default: '' },
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = this.getInputData();
		const returnData: INodeExecutionData[] = [];
		const resource = this.getNodeParameter('resource', 0);

		for (let i = 0; i < items.length; i++) {
			if (resource === 'message') {
				const channel = this.getNodeParameter('channelId', i) as string;
				const text = this.getNodeParameter('text', i) as string;
				const response = await slackApiRequest.call(this, 'POST', '/chat.postMessage', { channel, text });
				returnData.push({ json: response });
			} else {
				const channels = await slackApiRequestAllItems.call(this, 'channels', 'GET', '/conversations.list');
				returnData.push(...channels.map((json) => ({ json })));
			}
		}
		return [returnData];
	}
}
