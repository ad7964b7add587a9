import { describe, expect, it } from 'vitest';
import { loopbackPeer } from './network-peers.js';

describe('loopbackPeer', () => {
  it.each<[string, number | undefined, number[] | undefined, number[] | undefined, boolean]>([
    ['the peer listens on the port', 7000, undefined, [7000], true],
    ['the peer listens elsewhere', 9102, undefined, [7000], false],
    ['the sidecar listens on the port itself', 7000, [7000], [7000], false],
    ['nothing known of the peer\'s ports', 7000, undefined, undefined, true],
    ['no port: not decided', undefined, undefined, [7000], false],
  ])('%s', (_name, port, own, peerPorts, expected) => {
    expect(loopbackPeer(port, own ? new Set(own) : undefined, { ...(peerPorts ? { ports: new Set(peerPorts) } : {}) })).toBe(expected);
  });
  it('no peer found: nothing', () => expect(loopbackPeer(7000, undefined, undefined)).toBe(false));
});
