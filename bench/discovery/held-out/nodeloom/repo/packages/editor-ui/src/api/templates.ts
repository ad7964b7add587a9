import type { ITemplatesCollection, ITemplatesWorkflowFull, IVersion } from '@/Interface';
import { get } from '@/utils/apiUtils';

// Runs in the browser: the editor fetches templates and version info directly from nodeloom's
// public API (settings.templates.host, default https://api.nodeloom.io/api/).

function stringifyArray(arr: number[]) {
	return arr.join(',');
}

export async function testHealthEndpoint(apiEndpoint: string) {
	return await get(apiEndpoint, '/health');
}

export async function getCategories(apiEndpoint: string, headers?: Record<string, string>) {
	return await get(apiEndpoint, '/templates/categories', undefined, headers);
}

export async function getCollections(
	apiEndpoint: string,
	query: { categories: number[]; search: string },
	headers?: Record<string, string>,
): Promise<{ collections: ITemplatesCollection[] }> {
	return await get(
		apiEndpoint,
		'/templates/collections',
		{ category: stringifyArray(query.categories || []), search: query.search },
		headers,
	);
}

export async function getWorkflowTemplate(
	apiEndpoint: string,
	templateId: string,
	headers?: Record<string, string>,
): Promise<ITemplatesWorkflowFull> {
	return await get(apiEndpoint, `/workflows/templates/${templateId}`, undefined, headers);
}

const VERSION_NOTIFICATIONS_URL = 'https://api.nodeloom.io/api/versions/';

export async function getNextVersions(currentVersion: string, instanceId: string): Promise<IVersion[]> {
	return await get(VERSION_NOTIFICATIONS_URL, currentVersion, {}, { 'nodeloom-instance-id': instanceId });
}
