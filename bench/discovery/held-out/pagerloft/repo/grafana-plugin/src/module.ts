import React from 'react';

import { AppPlugin, AppRootProps } from '@grafana/data';

import { IncidentsPage } from './pages/incidents/Incidents';
import { PluginConfigPage } from './pages/config/PluginConfigPage';

export interface PagerloftPluginMetaJSONData {
  pagerloftApiUrl: string;
  stackId: number;
  orgId: number;
  grafanaUrl: string;
}

const App = (_props: AppRootProps) => React.createElement(IncidentsPage);

export const plugin = new AppPlugin<PagerloftPluginMetaJSONData>().setRootPage(App).addConfigPage({
  title: 'Configuration',
  icon: 'cog',
  body: PluginConfigPage,
  id: 'configuration',
});
