import { describe, expect, it } from 'vitest';
import { sectionMember } from './config-sections.js';

const bound: Record<string, string> = {
  'code:PipelineConfig': '$ref:config-section:pipelineServiceClientConfiguration',
  'code:AppConfig.elasticSearchConfiguration': '$ref:config-section:elasticsearch',
  'code:AppConfig.clusterName': '$ref:clusterName',
  'code:RootSection': '$ref:config-section:',
  'code:Props.endpoints': '$ref:retail.endpoints',
};
const prefixOf = (key: string): { value: string } | undefined => (bound[key] !== undefined ? { value: bound[key] as string } : undefined);

describe('sectionMember', () => {
  it.each<[string, string | undefined]>([
    ['code:PipelineConfig.apiEndpoint', '$ref:pipelineServiceClientConfiguration.apiEndpoint'],
    ['code:PipelineConfig.ssl.trustStore', '$ref:pipelineServiceClientConfiguration.ssl.trustStore'],
    ['code:AppConfig.elasticSearchConfiguration.host', '$ref:elasticsearch.host'],
    ['code:RootSection.clusterName', '$ref:clusterName'],
    // Not sections: a plain key, a Spring prefix (memberOfBoundPrefix's), an unbound class, no path.
    ['code:AppConfig.clusterName.x', undefined],
    ['code:Props.endpoints.catalog', undefined],
    ['code:Unknown.apiEndpoint', undefined],
    ['code:PipelineConfig', undefined],
    ['PIPELINE_URL', undefined],
  ])('%s → %s', (key, expected) => {
    expect(sectionMember(key, prefixOf)?.value).toBe(expected);
  });

  it('keeps what the prefix was found with (its evidence)', () => {
    expect(sectionMember('code:PipelineConfig.apiEndpoint', (key) => (key === 'code:PipelineConfig' ? { value: '$ref:config-section:p', evidence: 'Config.java:9' } : undefined))).toEqual({ value: '$ref:p.apiEndpoint', evidence: 'Config.java:9' });
  });
});
