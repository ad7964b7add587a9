import { fetchMenu } from '../lib/server-api';

beforeEach(() => {
  global.fetch = jest.fn(async () => ({
    ok: true,
    json: async () => ({ data: { coffees: [{ id: 1, name: 'Cortado', price: 3 }] } }),
  }));
});

test('fetchMenu posts a GraphQL query', async () => {
  const menu = await fetchMenu();
  expect(menu[0].name).toBe('Cortado');
  expect(global.fetch).toHaveBeenCalledWith('http://localhost:8080/api', expect.any(Object));
});
