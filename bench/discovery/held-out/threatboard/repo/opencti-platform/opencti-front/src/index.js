import React from 'react';
import { createRoot } from 'react-dom/client';
import { RelayEnvironmentProvider } from 'react-relay';
import { environment } from './relay/environment';
import Root from './private/Root';

const root = createRoot(document.getElementById('root'));
root.render(
  <RelayEnvironmentProvider environment={environment}>
    <Root />
  </RelayEnvironmentProvider>,
);
