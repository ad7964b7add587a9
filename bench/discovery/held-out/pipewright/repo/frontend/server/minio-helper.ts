// Copyright 2019-2020 The Kubeflow Authors
import { Stream } from 'stream';
import * as tar from 'tar-stream';
import * as peek from 'peek-stream';
import * as gunzip from 'gunzip-maybe';
import { Client as MinioClient, ClientOptions as MinioClientOptions } from 'minio';
import { awsInstanceProfileCredentials } from './aws-helper';

/** MinioRequestConfig describes the info required to retrieve an artifact. */
export interface MinioRequestConfig {
  bucket: string;
  key: string;
  client: MinioClient;
  tryExtract?: boolean;
}

/** MinioClientOptionsWithOptionalSecrets wraps around MinioClientOptions where only endPoint is required. */
export interface MinioClientOptionsWithOptionalSecrets extends Partial<MinioClientOptions> {
  endPoint: string;
}

/**
 * Create minio client; for s3 artifacts without explicit credentials it falls back to aws instance profile.
 */
export async function createMinioClient(config: MinioClientOptionsWithOptionalSecrets) {
  if (!config.accessKey || !config.secretKey) {
    try {
      if (await awsInstanceProfileCredentials.ok()) {
        const credentials = await awsInstanceProfileCredentials.getCredentials();
        if (credentials) {
          const { AccessKeyId: accessKey, SecretAccessKey: secretKey, Token: sessionToken } = credentials;
          return new MinioClient({ ...config, accessKey, secretKey, sessionToken });
        }
      }
    } catch (err) {
      console.error('Unable to get aws instance profile credentials: ', err);
    }
  }
  return new MinioClient(config as MinioClientOptions);
}

export function isTarball(buf: Buffer) {
  if (!buf || buf.length < 262) {
    return false;
  }
  const v1 = [0x75, 0x73, 0x74, 0x61, 0x72, 0x00, 0x30, 0x30];
  const v0 = [0x75, 0x73, 0x74, 0x61, 0x72, 0x20, 0x20, 0x00];
  return v1.reduce((res, curr, i) => res && curr === buf[257 + i], true) ||
    v0.reduce((res, curr, i) => res && curr === buf[257 + i], true as boolean);
}

export function maybeTarball(): Stream {
  return peek({ newline: false, maxBuffer: 264 }, (data: Buffer, swap: (error?: Error, parser?: Stream) => void) => {
    if (isTarball(data)) swap(undefined, extractFirstTarRecordAsStream());
    else swap(undefined, new PassThrough());
  });
}

function extractFirstTarRecordAsStream() {
  const extract = tar.extract();
  const transformStream = new Transform({
    write: (chunk: any, encoding: string, callback: (error?: Error | null) => void) => {
      extract.write(chunk, encoding, callback);
    },
  });
  extract.once('entry', function(_header, stream, next) {
    stream.on('data', (buffer: any) => transformStream.push(buffer));
    stream.on('end', () => { transformStream.emit('end'); next(); });
    stream.resume();
  });
  return transformStream;
}

export async function getObjectStream({ bucket, key, client, tryExtract = true }: MinioRequestConfig) {
  const stream = await client.getObject(bucket, key);
  return tryExtract ? stream.pipe(gunzip()).pipe(maybeTarball()) : stream;
}
