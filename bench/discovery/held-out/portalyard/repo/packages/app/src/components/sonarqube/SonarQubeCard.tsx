/*
 * Copyright 2024 Portalyard Platform Team
 */

import React from 'react';
import useAsync from 'react-use/esm/useAsync';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
  StructuredMetadataTable,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import { proxyClientApiRef } from '../../lib/proxy';

export const SONARQUBE_PROJECT_KEY_ANNOTATION = 'sonarqube.org/project-key';

const METRICS = [
  'alert_status',
  'bugs',
  'vulnerabilities',
  'code_smells',
  'coverage',
  'duplicated_lines_density',
];

type MeasuresResponse = {
  component: { key: string; measures: { metric: string; value: string }[] };
};

export const isSonarQubeAvailable = (entity: any) =>
  Boolean(entity?.metadata?.annotations?.[SONARQUBE_PROJECT_KEY_ANNOTATION]);

export const SonarQubeCard = () => {
  const { entity } = useEntity();
  const proxy = useApi(proxyClientApiRef);
  const projectKey =
    entity.metadata.annotations?.[SONARQUBE_PROJECT_KEY_ANNOTATION] ?? '';

  const { value, loading, error } = useAsync(
    () =>
      proxy.get<MeasuresResponse>('sonarqube', '/measures/component', {
        component: projectKey,
        metricKeys: METRICS.join(','),
      }),
    [projectKey],
  );

  if (loading) return <Progress />;
  if (error) return <ResponseErrorPanel error={error} />;

  const metadata = Object.fromEntries(
    (value?.component.measures ?? []).map(m => [m.metric, m.value]),
  );

  return (
    <InfoCard title="Code quality" subheader={projectKey}>
      <StructuredMetadataTable metadata={metadata} />
    </InfoCard>
  );
};
