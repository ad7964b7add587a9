/*
 * Copyright 2024 Portalyard Platform Team
 */

import { PassThrough } from 'stream';
import { createCmdbRegisterAction } from './modules/actions/cmdbRegister';

describe('portalyard:cmdb:register', () => {
  const client = {
    createConfigurationItem: jest.fn().mockResolvedValue({ id: 'CI0099999' }),
  } as any;

  const baseContext = () => ({
    input: {
      name: 'payments-api',
      tier: 'tier-1' as const,
      repoUrl: 'https://github.com/portalyard/payments-api',
    },
    logger: { info: jest.fn() } as any,
    logStream: new PassThrough(),
    output: jest.fn(),
    createTemporaryDirectory: jest.fn(),
    workspacePath: '/tmp/ws',
    checkpoint: jest.fn(),
    getInitiatorCredentials: jest.fn(),
  });

  it('creates a configuration item and outputs its id', async () => {
    const action = createCmdbRegisterAction({ client });
    const ctx = baseContext();
    await action.handler(ctx as any);
    expect(client.createConfigurationItem).toHaveBeenCalledWith(
      expect.objectContaining({ name: 'payments-api', tier: 'tier-1' }),
    );
    expect(ctx.output).toHaveBeenCalledWith('ciId', 'CI0099999');
  });

  it('does nothing on dry run', async () => {
    client.createConfigurationItem.mockClear();
    const action = createCmdbRegisterAction({ client });
    const ctx = { ...baseContext(), isDryRun: true };
    await action.handler(ctx as any);
    expect(client.createConfigurationItem).not.toHaveBeenCalled();
  });
});
