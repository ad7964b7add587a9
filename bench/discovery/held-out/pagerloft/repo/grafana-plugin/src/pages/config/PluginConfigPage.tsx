import React, { useEffect, useState } from 'react';

import { PluginConfigPageProps, AppPluginMeta } from '@grafana/data';
import { Alert, Button, Field, Input } from '@grafana/ui';

import { PagerloftPluginMetaJSONData } from 'module';
import { makeRequest } from 'network';

export interface PluginConnectionStatus {
  connection_to_grafana: { url: string; connected: boolean; status_code: number | null; message: string };
  license: string;
  version: string;
  is_rbac_enabled: boolean;
}

export const PluginState = {
  installPlugin: () => makeRequest('/plugin/install', { method: 'POST' }),

  checkPluginStatus: () => makeRequest<PluginConnectionStatus>('/plugin/status'),

  syncWithCloud: () => makeRequest('/cloud_connection/sync/', { method: 'POST' }),
};

type Props = PluginConfigPageProps<AppPluginMeta<PagerloftPluginMetaJSONData>>;

export const PluginConfigPage = ({ plugin }: Props) => {
  const [status, setStatus] = useState<PluginConnectionStatus | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    PluginState.checkPluginStatus()
      .then(setStatus)
      .catch(() => setError('Could not reach the Pagerloft engine. Check the "Pagerloft API URL" below.'));
  }, []);

  return (
    <div>
      {error && <Alert title={error} severity="error" />}
      <Field label="Pagerloft API URL" description="URL of the engine as seen from the Grafana server">
        <Input value={plugin.meta.jsonData?.pagerloftApiUrl ?? ''} readOnly />
      </Field>
      {status && (
        <p>
          Connected to Grafana: {String(status.connection_to_grafana.connected)} — version {status.version}
        </p>
      )}
      <Button onClick={() => PluginState.installPlugin()}>Connect</Button>
    </div>
  );
};
