import { Environment, Network, RecordSource, Store } from 'relay-runtime';

// Same-origin: the front end is served by the platform, GraphQL lives at <base_path>/graphql
const basePath = window.BASE_PATH || '';
export const APP_BASE_PATH = basePath;

const fetchQuery = async (operation, variables) => {
  const response = await fetch(`${basePath}/graphql`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query: operation.text, variables }),
  });
  return response.json();
};

export const environment = new Environment({
  network: Network.create(fetchQuery),
  store: new Store(new RecordSource()),
});
