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
import { getCompoundEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import { cmdbApiRef } from '../../api/CmdbApi';

export const ServiceTierCard = () => {
  const { entity } = useEntity();
  const cmdbApi = useApi(cmdbApiRef);

  const { value, loading, error } = useAsync(
    () => cmdbApi.getForEntity(getCompoundEntityRef(entity)),
    [entity],
  );

  if (loading) return <Progress />;
  if (error) return <ResponseErrorPanel error={error} />;

  return (
    <InfoCard title="CMDB">
      <StructuredMetadataTable
        metadata={{
          'Configuration item': value?.id,
          Tier: value?.tier,
          'Owner group': value?.ownerGroup,
          'On-call group': value?.onCallGroup ?? '—',
          'Cost centre': value?.costCentre ?? '—',
          Status: value?.status,
        }}
      />
    </InfoCard>
  );
};
