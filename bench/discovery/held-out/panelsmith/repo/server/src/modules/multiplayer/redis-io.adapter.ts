import { IoAdapter } from '@nestjs/platform-socket.io';
import { ServerOptions } from 'socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import { createClient } from 'redis';

/**
 * Socket.io adapter backed by Redis pub/sub so cursor/presence/edit events reach
 * editors connected to other server replicas.
 */
export class RedisIoAdapter extends IoAdapter {
  private adapterConstructor: ReturnType<typeof createAdapter>;

  async connectToRedis(): Promise<void> {
    const scheme = process.env.REDIS_TLS === 'true' ? 'rediss' : 'redis';
    const auth = process.env.REDIS_PASSWORD ? `:${encodeURIComponent(process.env.REDIS_PASSWORD)}@` : '';
    const url = `${scheme}://${auth}${process.env.REDIS_HOST || 'localhost'}:${process.env.REDIS_PORT || 6379}`;

    const pubClient = createClient({ url });
    const subClient = pubClient.duplicate();
    await Promise.all([pubClient.connect(), subClient.connect()]);
    this.adapterConstructor = createAdapter(pubClient, subClient, { key: 'panelsmith:multiplayer' });
  }

  createIOServer(port: number, options?: ServerOptions) {
    const server = super.createIOServer(port, { ...options, path: '/ws' });
    server.adapter(this.adapterConstructor);
    return server;
  }
}
