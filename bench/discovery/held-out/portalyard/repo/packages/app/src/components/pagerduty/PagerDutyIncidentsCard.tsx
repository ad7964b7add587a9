/*
 * Copyright 2024 Portalyard Platform Team
 */

import React from 'react';
import useAsync from 'react-use/esm/useAsync';
import {
  InfoCard,
  Link,
  Progress,
  ResponseErrorPanel,
  Table,
  TableColumn,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import { proxyClientApiRef } from '../../lib/proxy';

export const PAGERDUTY_SERVICE_ID_ANNOTATION = 'pagerduty.com/service-id';

type Incident = {
  id: string;
  title: string;
  status: string;
  urgency: string;
  html_url: string;
  created_at: string;
};

const columns: TableColumn<Incident>[] = [
  { title: 'Title', render: i => <Link to={i.html_url}>{i.title}</Link> },
  { title: 'Status', field: 'status' },
  { title: 'Urgency', field: 'urgency' },
  { title: 'Created', field: 'created_at' },
];

export const isPagerDutyAvailable = (entity: any) =>
  Boolean(entity?.metadata?.annotations?.[PAGERDUTY_SERVICE_ID_ANNOTATION]);

export const PagerDutyIncidentsCard = () => {
  const { entity } = useEntity();
  const proxy = useApi(proxyClientApiRef);
  const serviceId =
    entity.metadata.annotations?.[PAGERDUTY_SERVICE_ID_ANNOTATION] ?? '';

  const { value, loading, error } = useAsync(
    () =>
      proxy.get<{ incidents: Incident[] }>('pagerduty', '/incidents', {
        'service_ids[]': serviceId,
        'statuses[]': 'triggered',
        time_zone: 'UTC',
      }),
    [serviceId],
  );

  if (loading) return <Progress />;
  if (error) return <ResponseErrorPanel error={error} />;

  return (
    <InfoCard title="Open incidents" noPadding>
      <Table
        options={{ paging: false, search: false, toolbar: false }}
        data={value?.incidents ?? []}
        columns={columns}
      />
    </InfoCard>
  );
};
