import axios from 'axios';

const CLOUD_URL = process.env.CLOUD_URL || 'https://cloud.chatrelay.io';

// Workspace registration / license sync. Disabled in self-hosted air-gapped installs
// via CLOUD_SYNC_ENABLED=false.
export async function syncWorkspace(workspaceId: string, stats: Record<string, unknown>): Promise<void> {
	if (process.env.CLOUD_SYNC_ENABLED !== 'true') {
		return;
	}
	await axios.post(`${CLOUD_URL}/api/v2/workspaces/${workspaceId}/sync`, stats, { timeout: 15000 });
}
