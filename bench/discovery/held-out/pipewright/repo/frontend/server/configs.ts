// Copyright 2019-2020 The Kubeflow Authors
import * as path from 'path';

export const BASEPATH = '/pipeline';
export const apiVersion1Prefix = 'apis/v1beta1';
export const apiVersion2Prefix = 'apis/v2beta1';

export function loadConfigs(argv: string[], env: ProcessEnv): UIConfigs {
  const staticDir = path.resolve(argv[2]);
  const port = argv[3] || 3000;
  const {
    /** minio client use these to retrieve minio objects/artifacts */
    MINIO_ACCESS_KEY = 'minio',
    MINIO_SECRET_KEY = 'minio123',
    MINIO_PORT = '9000',
    MINIO_HOST = 'minio-service',
    MINIO_NAMESPACE = 'kubeflow',
    MINIO_SSL = 'false',
    /** minio client use these to retrieve s3 objects/artifacts */
    AWS_ACCESS_KEY_ID,
    AWS_SECRET_ACCESS_KEY,
    AWS_REGION,
    AWS_S3_ENDPOINT,
    AWS_SSL = 'true',
    /** http/https base URL */
    HTTP_BASE_URL = '',
    /** API service will listen to this host */
    ML_PIPELINE_SERVICE_HOST = 'localhost',
    /** API service will listen to this port */
    ML_PIPELINE_SERVICE_PORT = '3001',
    /** path to viewer:tensorboard pod template spec */
    VIEWER_TENSORBOARD_POD_TEMPLATE_SPEC_PATH,
    VIEWER_TENSORBOARD_TF_IMAGE_NAME = 'tensorflow/tensorflow',
    /** Envoy service will listen to this host */
    METADATA_ENVOY_SERVICE_SERVICE_HOST = 'localhost',
    /** Envoy service will listen to this port */
    METADATA_ENVOY_SERVICE_SERVICE_PORT = '9090',
    /** Is Argo log archive enabled? */
    ARGO_ARCHIVE_LOGS = 'false',
    ARGO_ARCHIVE_ARTIFACTORY = 'minio',
    ARGO_ARCHIVE_BUCKETNAME = 'mlpipeline',
    ARGO_ARCHIVE_PREFIX = 'logs',
    /** Should use server API for log streaming? */
    STREAM_LOGS_FROM_SERVER_API = 'false',
    DISABLE_GKE_METADATA = 'false',
    DEPLOYMENT: DEPLOYMENT_STR = '',
    FRONTEND_SERVER_NAMESPACE = 'kubeflow',
  } = env;

  return {
    artifacts: {
      aws: {
        accessKey: AWS_ACCESS_KEY_ID || '',
        endPoint: AWS_S3_ENDPOINT || 's3.amazonaws.com',
        region: AWS_REGION || 'us-east-1',
        secretKey: AWS_SECRET_ACCESS_KEY || '',
        useSSL: asBool(AWS_SSL),
      },
      minio: {
        accessKey: MINIO_ACCESS_KEY,
        endPoint: MINIO_NAMESPACE && MINIO_NAMESPACE.length > 0 ? `${MINIO_HOST}.${MINIO_NAMESPACE}` : MINIO_HOST,
        port: parseInt(MINIO_PORT, 10),
        secretKey: MINIO_SECRET_KEY,
        useSSL: asBool(MINIO_SSL),
      },
    },
    argo: {
      archiveArtifactory: ARGO_ARCHIVE_ARTIFACTORY,
      archiveBucketName: ARGO_ARCHIVE_BUCKETNAME,
      archiveLogs: asBool(ARGO_ARCHIVE_LOGS),
      archivePrefix: ARGO_ARCHIVE_PREFIX,
    },
    metadata: {
      envoyService: {
        host: METADATA_ENVOY_SERVICE_SERVICE_HOST,
        port: METADATA_ENVOY_SERVICE_SERVICE_PORT,
      },
    },
    pipeline: {
      host: ML_PIPELINE_SERVICE_HOST,
      port: ML_PIPELINE_SERVICE_PORT,
    },
    server: {
      apiVersion1Prefix,
      apiVersion2Prefix,
      basePath: BASEPATH,
      port,
      staticDir,
      frontendServerNamespace: FRONTEND_SERVER_NAMESPACE,
    },
    viewer: {
      tensorboard: {
        podTemplateSpec: VIEWER_TENSORBOARD_POD_TEMPLATE_SPEC_PATH,
        tfImageName: VIEWER_TENSORBOARD_TF_IMAGE_NAME,
      },
    },
    gkeMetadata: { disabled: asBool(DISABLE_GKE_METADATA) },
    streamLogsFromServerApi: asBool(STREAM_LOGS_FROM_SERVER_API),
    deployment: DEPLOYMENT_STR.toUpperCase(),
  };
}

function asBool(value: string): boolean {
  return ['true', '1'].includes(value.toLowerCase());
}

export interface ProcessEnv {
  [key: string]: string | undefined;
}

export interface UIConfigs {
  [key: string]: any;
}
