import { readFile, stat, mkdir, writeFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'stream';
import { Container, Service } from 'typedi';
import { v4 as uuid } from 'uuid';

import { ObjectStoreService } from './object-store/object-store.service.ee';

export type BinaryDataMode = 'default' | 'filesystem' | 's3';

type BinaryDataConfig = {
	mode: BinaryDataMode;
	availableModes: string[];
	localStoragePath: string;
};

type BinaryMetadata = { fileName?: string; mimeType?: string; fileSize: number };

/**
 * Stores binary data produced or received by executions. In queue mode all instances
 * (main, webhook processors, workers) must share the same backend, hence S3.
 * Binary data ids look like `s3:workflows/{wfId}/executions/{execId}/binary_data/{uuid}`.
 */
@Service()
export class BinaryDataService {
	private mode: BinaryDataMode = 'default';

	private localStoragePath = '';

	private objectStore: ObjectStoreService | undefined;

	async init(config: BinaryDataConfig) {
		this.mode = config.mode === 'filesystem' ? 'default' : config.mode;
		this.localStoragePath = path.join(config.localStoragePath, 'binaryData');

		if (config.availableModes.includes('s3')) {
			this.objectStore = Container.get(ObjectStoreService);
		}

		await mkdir(this.localStoragePath, { recursive: true });
	}

	async store(workflowId: string, executionId: string, bufferOrStream: Buffer | Readable, metadata: Omit<BinaryMetadata, 'fileSize'>) {
		const buffer = Buffer.isBuffer(bufferOrStream) ? bufferOrStream : await streamToBuffer(bufferOrStream);

		if (this.mode === 's3' && this.objectStore) {
			const fileId = `workflows/${workflowId}/executions/${executionId}/binary_data/${uuid()}`;
			await this.objectStore.put(fileId, buffer, metadata);
			return { fileId: `s3:${fileId}`, fileSize: buffer.length };
		}

		const fileId = `${workflowId}/${executionId}/${uuid()}`;
		const filePath = path.join(this.localStoragePath, fileId);
		await mkdir(path.dirname(filePath), { recursive: true });
		await writeFile(filePath, buffer);
		return { fileId: `filesystem-v2:${fileId}`, fileSize: buffer.length };
	}

	async getAsBuffer(binaryDataId: string) {
		const [mode, fileId] = binaryDataId.split(':');
		if (mode === 's3') {
			if (!this.objectStore) throw new Error('S3 binary data mode is not available');
			return await this.objectStore.get(fileId, { mode: 'buffer' });
		}
		return await readFile(path.join(this.localStoragePath, fileId));
	}

	async getMetadata(binaryDataId: string) {
		const [mode, fileId] = binaryDataId.split(':');
		if (mode === 's3' && this.objectStore) {
			const headers = await this.objectStore.getMetadata(fileId);
			return { fileSize: Number(headers['content-length']), mimeType: headers['content-type'] };
		}
		const stats = await stat(path.join(this.localStoragePath, fileId));
		return { fileSize: stats.size };
	}

	async storeIncomingRequestFiles(req: { files?: Record<string, { filepath: string; mimetype: string; originalFilename: string }> }, workflowId: string) {
		const ids: string[] = [];
		for (const file of Object.values(req.files ?? {})) {
			const { fileId } = await this.store(workflowId, 'temp', await readFile(file.filepath), {
				fileName: file.originalFilename,
				mimeType: file.mimetype,
			});
			ids.push(fileId);
		}
		return ids;
	}

	async persistBinaryDataForExecutionId(_executionId: string) {
		// temp ids are renamed in place; nothing to do for s3
	}

	async deleteManyByExecutionIds(workflowId: string, executionIds: string[]) {
		for (const executionId of executionIds) {
			if (this.mode === 's3' && this.objectStore) {
				await this.objectStore.deleteMany(`workflows/${workflowId}/executions/${executionId}`);
			} else {
				await rm(path.join(this.localStoragePath, workflowId, executionId), { recursive: true, force: true });
			}
		}
	}
}

async function streamToBuffer(stream: Readable) {
	const chunks: Buffer[] = [];
	for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
	return Buffer.concat(chunks);
}
