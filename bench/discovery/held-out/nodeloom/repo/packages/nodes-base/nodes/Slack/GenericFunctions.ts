import type {
	IDataObject,
	IExecuteFunctions,
	IHttpRequestMethods,
	ILoadOptionsFunctions,
	IRequestOptions,
} from 'nodeloom-workflow';
import { NodeOperationError } from 'nodeloom-workflow';

export async function slackApiRequest(
	this: IExecuteFunctions | ILoadOptionsFunctions,
	method: IHttpRequestMethods,
	resource: string,
	body: object = {},
	query: IDataObject = {},
) {
	const authenticationMethod = this.getNodeParameter('authentication', 0, 'accessToken') as string;
	const options: IRequestOptions = {
		method,
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
		body,
		qs: query,
		uri: `https://slack.com/api${resource}`,
		json: true,
	};
	if (Object.keys(body).length === 0) delete options.body;

	const credentialType = authenticationMethod === 'accessToken' ? 'slackApi' : 'slackOAuth2Api';
	const response = await this.helpers.requestWithAuthentication.call(this, credentialType, options);

	if (response.ok === false) {
		if (response.error === 'not_in_channel') {
			throw new NodeOperationError(this.getNode(), 'The bot is not in the channel');
		}
		throw new NodeOperationError(this.getNode(), `Slack error response: ${JSON.stringify(response.error)}`);
	}
	return response;
}

export async function slackApiRequestAllItems(
	this: IExecuteFunctions | ILoadOptionsFunctions,
	propertyName: string,
	method: IHttpRequestMethods,
	endpoint: string,
	body: IDataObject = {},
	query: IDataObject = {},
) {
	const returnData: IDataObject[] = [];
	let responseData;
	query.limit = query.limit ?? 100;
	do {
		responseData = await slackApiRequest.call(this, method, endpoint, body, query);
		query.cursor = responseData.response_metadata?.next_cursor;
		returnData.push.apply(returnData, responseData[propertyName] as IDataObject[]);
	} while (responseData.response_metadata?.next_cursor);
	return returnData;
}
