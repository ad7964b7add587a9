import type {
	IDataObject,
	IExecuteFunctions,
	IHttpRequestMethods,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IRequestOptions,
} from 'nodeloom-workflow';

async function githubApiRequest(
	this: IExecuteFunctions,
	method: IHttpRequestMethods,
	endpoint: string,
	body: object = {},
	query: IDataObject = {},
) {
	const authenticationMethod = this.getNodeParameter('authentication', 0, 'accessToken') as string;
	const credentialType = authenticationMethod === 'accessToken' ? 'githubApi' : 'githubOAuth2Api';
	const credentials = await this.getCredentials(credentialType);

	// GitHub Enterprise users can set their own server in the credential
	const baseUrl = (credentials.server as string | undefined) ?? 'https://api.github.com';

	const options: IRequestOptions = {
		method,
		headers: { 'User-Agent': 'nodeloom' },
		body,
		qs: query,
		uri: `${baseUrl}${endpoint}`,
		json: true,
	};
	return await this.helpers.requestWithAuthentication.call(this, credentialType, options);
}

export class Github implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'GitHub',
		name: 'github',
		icon: 'file:github.svg',
		group: ['input'],
		version: 1,
		description: 'Consume GitHub API',
		defaults: { name: 'GitHub' },
		inputs: ['main'],
		outputs: ['main'],
		credentials: [
			{ name: 'githubApi', required: true, displayOptions: { show: { authentication: ['accessToken'] } } },
			{ name: 'githubOAuth2Api', required: true, displayOptions: { show: { authentication: ['oAuth2'] } } },
		],
		properties: [
			{ displayName: 'Owner', name: 'owner', type: 'string', default: '' },
			{ displayName: 'Repository', name: 'repository', type: 'string', default: '' },
			{ displayName: 'Title', name: 'title', type: 'string', default: '' },
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = this.getInputData();
		const returnData: INodeExecutionData[] = [];
		for (let i = 0; i < items.length; i++) {
			const owner = this.getNodeParameter('owner', i) as string;
			const repository = this.getNodeParameter('repository', i) as string;
			const title = this.getNodeParameter('title', i) as string;
			const response = await githubApiRequest.call(this, 'POST', `/repos/${owner}/${repository}/issues`, { title });
			returnData.push({ json: response });
		}
		return [returnData];
	}
}
