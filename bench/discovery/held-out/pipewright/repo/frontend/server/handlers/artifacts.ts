// Copyright 2019-2020 The Kubeflow Authors
import { Storage } from '@google-cloud/storage';
import { Handler, Request, Response } from 'express';
import { createMinioClient, getObjectStream } from '../minio-helper';

export function getArtifactsHandler({ artifactsConfigs, useParameter, tryExtract }: any): Handler {
  const { aws, minio } = artifactsConfigs;
  return async (req: Request, res: Response) => {
    const source = useParameter ? req.params.source : req.query.source;
    const bucket = useParameter ? req.params.bucket : req.query.bucket;
    const key = useParameter ? req.params[0] : req.query.key;
    if (!source) {
      res.status(500).send('Storage source is missing from artifact request');
      return;
    }
    switch (source) {
      case 'gcs':
        // Only used when artifacts are stored on Google Cloud Storage (gs://); not used by standalone minio setup.
        return getGCSArtifactHandler({ bucket, key })(req, res);
      case 'minio':
        return getMinioArtifactHandler({ bucket, key, client: await createMinioClient(minio), tryExtract })(req, res);
      case 's3':
        return getMinioArtifactHandler({ bucket, key, client: await createMinioClient(aws) })(req, res);
      case 'http':
      case 'https':
        res.status(400).send('http(s) artifacts are not supported in this deployment');
        return;
      default:
        res.status(500).send('Unknown storage source: ' + source);
        return;
    }
  };
}

function getMinioArtifactHandler(options: any) {
  return async (_: Request, res: Response) => {
    try {
      const stream = await getObjectStream(options);
      stream.on('error', err => res.status(500).send(`Failed to get object in bucket ${options.bucket} at path ${options.key}: ${err}`)).pipe(res);
    } catch (err) {
      res.status(500).send(`Failed to get object in bucket ${options.bucket} at path ${options.key}: ${err}`);
    }
  };
}

function getGCSArtifactHandler(options: { key: string; bucket: string }) {
  const { key, bucket } = options;
  return async (_: Request, res: Response) => {
    try {
      const storage = new Storage();
      const [files] = await storage.bucket(bucket).getFiles({ prefix: key });
      files[0].createReadStream().pipe(res);
    } catch (err) {
      res.status(500).send('Failed to download GCS file(s). Error: ' + err);
    }
  };
}
