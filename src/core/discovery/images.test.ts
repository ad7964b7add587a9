import { describe, expect, it } from 'vitest';
import { imageInfo } from './images.js';
import { isControlPlane } from './names.js';

describe('imageInfo of Spring Cloud Alibaba infrastructure', () => {
  it.each([
    ['nacos/nacos-server:v2.2.3', 'Nacos'],
    ['registry.cn-hangzhou.aliyuncs.com/acme/nacos:2.1', 'Nacos'],
    ['bladex/sentinel-dashboard:1.8.6', 'Sentinel Dashboard'],
  ])('%s is %s, control plane', (image, technology) => {
    expect(imageInfo(image)).toEqual({ kind: 'other', technology });
    expect(isControlPlane(technology)).toBe(true);
  });

  it('leaves a service named after Nacos an application', () => {
    expect(imageInfo('acme/nacos-client-demo:1.0').kind).toBe('application');
  });
});
