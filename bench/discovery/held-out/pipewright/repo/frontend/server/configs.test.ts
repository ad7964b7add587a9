import { loadConfigs } from './configs';

describe('loadConfigs', () => {
  it('defaults minio endpoint to minio-service.kubeflow', () => {
    const configs = loadConfigs(['node', 'dist/server.js', './build', '3000'], {});
    expect(configs.artifacts.minio.endPoint).toBe('minio-service.kubeflow');
    expect(configs.pipeline.port).toBe('3001');
  });
});
