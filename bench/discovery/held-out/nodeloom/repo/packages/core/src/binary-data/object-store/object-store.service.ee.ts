import { sign } from 'aws4';
import type { Request as Aws4Options } from 'aws4';
import axios from 'axios';
import type { AxiosRequestConfig, AxiosResponse, InternalAxiosRequestConfig, Method, ResponseType } from 'axios';
import { createHash } from 'node:crypto';
import type { Readable } from 'stream';
import { Service } from 'typedi';
import { parseStringPromise } from 'xml2js';

export type ExternalStorageS3Config = {
	host: string;
	protocol: 'http' | 'https';
	bucket: { name: string; region: string };
	credentials: { accessKey: string; accessSecret: string };
};

export type RawListPage = {
	ListBucketResult: {
		Name: string;
		Prefix: string;
		KeyCount: number;
		MaxKeys: number;
		IsTruncated: string;
		Contents?: Array<{ Key: string }> | { Key: string };
		NextContinuationToken?: string;
	};
};

export type RequestOptions = {
	qs?: Record<string, string | number>;
	headers?: Record<string, string | number>;
	body?: string | Buffer;
	responseType?: ResponseType;
};

export type MetadataResponseHeaders = Record<string, string> & {
	'content-length': string;
	'content-type'?: string;
	'x-amz-meta-filename'?: string;
};

/**
 * Minimal S3 client (SigV4 via aws4 + axios) for binary data in external storage.
 * Works against AWS S3 or any S3-compatible endpoint configured via NODELOOM_EXTERNAL_STORAGE_S3_HOST.
 */
@Service()
export class ObjectStoreService {
	private host = '';

	private bucket = { region: '', name: '' };

	private credentials = { accessKeyId: '', secretAccessKey: '' };

	private protocol: 'http' | 'https' = 'https';

	private isReady = false;

	async init(s3Config: ExternalStorageS3Config) {
		this.host = s3Config.host;
		this.protocol = s3Config.protocol;
		this.bucket = { name: s3Config.bucket.name, region: s3Config.bucket.region };
		this.credentials = {
			accessKeyId: s3Config.credentials.accessKey,
			secretAccessKey: s3Config.credentials.accessSecret,
		};

		await this.checkConnection();
		this.setReady(true);
	}

	setReady(newState: boolean) {
		this.isReady = newState;
	}

	/**
	 * Confirm that the configured bucket exists and the caller has permission to access it.
	 * @doc https://docs.aws.amazon.com/AmazonS3/latest/API/API_HeadBucket.html
	 */
	async checkConnection() {
		if (this.isReady) return;
		return await this.request('HEAD', this.host, this.bucket.name);
	}

	/**
	 * Upload an object to the configured bucket.
	 * @doc https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObject.html
	 */
	async put(filename: string, buffer: Buffer, metadata: { fileName?: string; mimeType?: string } = {}) {
		const headers: Record<string, string | number> = {
			'Content-Length': buffer.length,
			'Content-MD5': createHash('md5').update(buffer).digest('base64'),
		};
		if (metadata.fileName) headers['x-amz-meta-filename'] = encodeURIComponent(metadata.fileName);
		if (metadata.mimeType) headers['Content-Type'] = metadata.mimeType;

		const path = `/${this.bucket.name}/${filename}`;
		return await this.request('PUT', this.host, path, { headers, body: buffer });
	}

	/**
	 * Download an object as a stream or buffer from the configured bucket.
	 * @doc https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObject.html
	 */
	async get(fileId: string, { mode }: { mode: 'stream' }): Promise<Readable>;
	async get(fileId: string, { mode }: { mode: 'buffer' }): Promise<Buffer>;
	async get(fileId: string, { mode }: { mode: 'stream' | 'buffer' }) {
		const path = `${this.bucket.name}/${fileId}`;
		const { data } = await this.request('GET', this.host, path, {
			responseType: mode === 'buffer' ? 'arraybuffer' : 'stream',
		});
		if (mode === 'stream') return data as Readable;
		return Buffer.from(data as ArrayBuffer);
	}

	async getMetadata(fileId: string) {
		const path = `${this.bucket.name}/${fileId}`;
		const response = await this.request('HEAD', this.host, path);
		return response.headers as MetadataResponseHeaders;
	}

	/**
	 * Delete all objects with a common prefix (the execution) in the configured bucket.
	 * @doc https://docs.aws.amazon.com/AmazonS3/latest/API/API_DeleteObjects.html
	 */
	async deleteMany(prefix: string) {
		const objects = await this.list(prefix);
		if (objects.length === 0) return;

		const innerXml = objects.map(({ key }) => `<Object><Key>${key}</Key></Object>`).join('\n');
		const body = ['<Delete>', innerXml, '</Delete>'].join('\n');
		const headers = {
			'Content-Type': 'application/xml',
			'Content-Length': body.length,
			'Content-MD5': createHash('md5').update(body).digest('base64'),
		};
		const path = `${this.bucket.name}/?delete`;
		return await this.request('POST', this.host, path, { headers, body });
	}

	async list(prefix: string) {
		const items: Array<{ key: string }> = [];
		let isTruncated = true;
		let nextPageToken: string | undefined;
		while (isTruncated) {
			const qs: Record<string, string | number> = { 'list-type': 2, prefix };
			if (nextPageToken) qs['continuation-token'] = nextPageToken;
			const { data } = await this.request('GET', this.host, this.bucket.name, { qs });
			const page = (await parseStringPromise(data, { explicitArray: false })) as RawListPage;
			const contents = page.ListBucketResult.Contents ?? [];
			items.push(...(Array.isArray(contents) ? contents : [contents]).map((c) => ({ key: c.Key })));
			isTruncated = page.ListBucketResult.IsTruncated === 'true';
			nextPageToken = page.ListBucketResult.NextContinuationToken;
		}
		return items;
	}

	private async request<T>(
		method: Method,
		host: string,
		rawPath = '',
		{ qs, headers, body, responseType }: RequestOptions = {},
	) {
		const path = this.toPath(rawPath, qs);

		const optionsToSign: Aws4Options = {
			method,
			service: 's3',
			region: this.bucket.region,
			host,
			path,
		};
		if (headers) optionsToSign.headers = headers;
		if (body) optionsToSign.body = body;

		const signedOptions = sign(optionsToSign, this.credentials);

		const config: AxiosRequestConfig = {
			method,
			url: `${this.protocol}://${host}${path}`,
			headers: signedOptions.headers as InternalAxiosRequestConfig['headers'],
		};
		if (body) config.data = body;
		if (responseType) config.responseType = responseType;

		try {
			return await axios.request<T>(config) as AxiosResponse<T>;
		} catch (e) {
			const error = e instanceof Error ? e : new Error(`${e}`);
			throw new Error(`Request to S3 failed: ${error.message}`, { cause: { error, details: config } });
		}
	}

	private toPath(rawPath: string, qs?: Record<string, string | number>) {
		const path = rawPath.startsWith('/') ? rawPath : `/${rawPath}`;
		if (!qs) return path;
		const qsParams = Object.entries(qs).map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`).join('&');
		return path.concat(`?${qsParams}`);
	}
}
