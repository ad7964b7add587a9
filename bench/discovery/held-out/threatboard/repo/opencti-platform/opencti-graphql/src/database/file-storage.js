import * as s3 from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import conf, { booleanConf, logApp } from '../config/conf';

const bucketName = conf.get('minio:bucket_name') || 'opencti-bucket';
const bucketRegion = conf.get('minio:bucket_region') || 'us-east-1';
const excludedFiles = conf.get('minio:excluded_files') || ['.DS_Store'];
const useSslConnection = booleanConf('minio:use_ssl', false);
const clientEndpoint = conf.get('minio:endpoint');
const clientPort = conf.get('minio:port') || 9000;

const buildCredentialProvider = () => ({
  accessKeyId: conf.get('minio:access_key'),
  secretAccessKey: conf.get('minio:secret_key'),
});

const s3Client = new s3.S3Client({
  region: bucketRegion,
  endpoint: `${useSslConnection ? 'https' : 'http'}://${clientEndpoint}:${clientPort}`,
  forcePathStyle: true,
  credentials: buildCredentialProvider(),
});

export const initializeBucket = async () => {
  try {
    await s3Client.send(new s3.HeadBucketCommand({ Bucket: bucketName }));
  } catch (err) {
    logApp.info(`[MINIO] creating bucket ${bucketName}`);
    await s3Client.send(new s3.CreateBucketCommand({ Bucket: bucketName }));
  }
};

export const upload = async (path, fileName, stream, meta) => {
  if (excludedFiles.includes(fileName)) return null;
  const key = `${path}/${fileName}`;
  const uploader = new Upload({ client: s3Client, params: { Bucket: bucketName, Key: key, Body: stream, Metadata: meta } });
  await uploader.done();
  return { id: key, name: fileName };
};

export const downloadFile = async (id) => {
  const object = await s3Client.send(new s3.GetObjectCommand({ Bucket: bucketName, Key: id }));
  return object.Body;
};

export const deleteFile = (id) => s3Client.send(new s3.DeleteObjectCommand({ Bucket: bucketName, Key: id }));
