// Copyright 2018 The Kubeflow Authors
// Browser-side API client; requests go to the same origin (the ml-pipeline-ui Express server).
import { PipelineServiceApi } from '../apis/pipeline';
import { RunServiceApi } from '../apis/run';
import { MetadataStoreServiceClient } from '../third_party/mlmd';

const v1beta1Prefix = 'apis/v1beta1';

export class Apis {
  public static get pipelineServiceApi(): PipelineServiceApi {
    return new PipelineServiceApi({ basePath: this.basePath });
  }
  public static get runServiceApi(): RunServiceApi {
    return new RunServiceApi({ basePath: this.basePath });
  }
  public static getMetadataServiceClient(): MetadataStoreServiceClient {
    return new MetadataStoreServiceClient('', null, null);
  }
  private static get basePath() {
    return `${window.location.protocol}//${window.location.host}${window.location.pathname}${v1beta1Prefix}`.replace(/\/+$/, '');
  }
}
