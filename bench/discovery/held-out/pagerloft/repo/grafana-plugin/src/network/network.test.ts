import axios from 'axios';

import { getApiUrl, makeRequest } from './index';

jest.mock('axios', () => {
  const instance = jest.fn();
  return { __esModule: true, default: { create: () => instance, isAxiosError: () => false, __instance: instance } };
});

describe('network', () => {
  it('builds plugin-proxy urls', () => {
    expect(getApiUrl('/alertgroups/')).toBe(
      `${window.location.origin}/api/plugin-proxy/pagerloft-app/api/internal/v1/alertgroups/`
    );
  });

  it('returns response data', async () => {
    const instance = (axios as unknown as { __instance: jest.Mock }).__instance;
    instance.mockResolvedValueOnce({ data: [{ id: 1 }] });
    await expect(makeRequest('/alertgroups/')).resolves.toEqual([{ id: 1 }]);
  });
});
