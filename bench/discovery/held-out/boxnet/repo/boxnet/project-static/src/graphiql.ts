import React from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { getBasePath, getCsrfToken } from './util';

/**
 * Mount the GraphiQL explorer on the /graphql/ page. Queries are POSTed to the boxnet
 * GraphQL endpoint on the same origin.
 */
function initGraphiQL(): void {
  const container = document.getElementById('graphiql');
  if (container === null) {
    return;
  }

  const fetcher = createGraphiQLFetcher({
    url: `${getBasePath()}graphql/`,
    headers: {
      'X-CSRFToken': getCsrfToken(),
    },
  });

  const root = createRoot(container);
  root.render(
    React.createElement(GraphiQL, {
      fetcher,
      defaultEditorToolsVisibility: true,
      isHeadersEditorEnabled: true,
    }),
  );
}

if (document.readyState !== 'loading') {
  initGraphiQL();
} else {
  document.addEventListener('DOMContentLoaded', initGraphiQL);
}
