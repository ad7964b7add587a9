import { ChannelCredentials, ChannelOptions, Client } from '@grpc/grpc-js';

type ClientCtor<T extends Client> = new (
  address: string,
  credentials: ChannelCredentials,
  options?: Partial<ChannelOptions>
) => T;

const DEFAULT_OPTIONS: Partial<ChannelOptions> = {
  'grpc.keepalive_time_ms': 30_000,
  'grpc.max_receive_message_length': 8 * 1024 * 1024,
};

/**
 * Builds an insecure gRPC client for a backend whose "host:port" lives in the given env var.
 * All backends run on the same private network as the frontend, so no TLS.
 */
export function insecureClient<T extends Client>(Ctor: ClientCtor<T>, addrEnvVar: string): T {
  const address = process.env[addrEnvVar];
  if (!address) {
    throw new Error(`${addrEnvVar} is not set; cannot create ${Ctor.name}`);
  }
  return new Ctor(address, ChannelCredentials.createInsecure(), DEFAULT_OPTIONS);
}
