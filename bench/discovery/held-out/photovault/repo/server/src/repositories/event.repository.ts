import { Injectable } from '@nestjs/common';
import { ModuleRef, Reflector } from '@nestjs/core';
import {
  OnGatewayConnection,
  OnGatewayDisconnect,
  OnGatewayInit,
  WebSocketGateway,
  WebSocketServer,
} from '@nestjs/websockets';
import { ClassConstructor } from 'class-transformer';
import _ from 'lodash';
import { Server, Socket } from 'socket.io';
import { EventConfig } from 'src/decorators';
import { AssetResponseDto } from 'src/dtos/asset-response.dto';
import { AuthDto } from 'src/dtos/auth.dto';
import { MetadataKey, PhotoVaultWorker } from 'src/enum';
import { ConfigRepository } from 'src/repositories/config.repository';
import { LoggingRepository } from 'src/repositories/logging.repository';
import { JobItem, QueueName } from 'src/types';
import { handlePromiseError } from 'src/utils/misc';

type EmitHandlers = Partial<{ [T in EmitEvent]: Array<EventItem<T>> }>;

type Item<T extends EmitEvent> = {
  event: T;
  handler: EmitHandler<T>;
  server: boolean;
};

type EventMap = {
  AppBootstrap: [];
  AppShutdown: [];
  ConfigInit: [{ newConfig: any }];
  ConfigUpdate: [{ newConfig: any; oldConfig: any }];
  AssetCreate: [{ asset: { id: string; ownerId: string } }];
  AlbumInvite: [{ id: string; userId: string }];
  AlbumUpdate: [{ id: string; recipientId: string }];
  JobStart: [QueueName, JobItem];
  UserSignup: [{ notify: boolean; id: string; tempPassword?: string }];
};

export type EmitEvent = keyof EventMap;
export type EmitHandler<T extends EmitEvent> = (...args: ArgsOf<T>) => Promise<void> | void;
export type ArgsOf<T extends EmitEvent> = EventMap[T];

type EventItem<T extends EmitEvent> = {
  event: T;
  handler: EmitHandler<T>;
  server: boolean;
  label: string;
  priority: number;
  workers: PhotoVaultWorker[];
};

export interface ClientEventMap {
  on_upload_success: [AssetResponseDto];
  on_user_delete: [string];
  on_asset_delete: [string];
  on_asset_update: [AssetResponseDto];
  on_person_thumbnail: [string];
  on_server_version: [{ major: number; minor: number; patch: number }];
  on_config_update: [];
  on_new_release: [{ isAvailable: boolean; releaseVersion: string }];
}

type AuthFn = (client: Socket) => Promise<AuthDto>;

@WebSocketGateway({
  cors: true,
  path: '/api/socket.io',
  transports: ['websocket'],
})
@Injectable()
export class EventRepository implements OnGatewayConnection, OnGatewayDisconnect, OnGatewayInit {
  private emitHandlers: EmitHandlers = {};
  private authFn?: AuthFn;

  @WebSocketServer()
  private server?: Server;

  constructor(
    private moduleRef: ModuleRef,
    private configRepository: ConfigRepository,
    private logger: LoggingRepository,
  ) {
    this.logger.setContext(EventRepository.name);
  }

  setup({ services }: { services: ClassConstructor<unknown>[] }) {
    const reflector = this.moduleRef.get(Reflector, { strict: false });
    const items: Item<EmitEvent>[] = [];
    const worker = this.configRepository.getWorker();
    if (!worker) {
      throw new Error('Unable to determine worker type');
    }

    for (const Service of services) {
      const instance = this.moduleRef.get<any>(Service);
      const prototype = Object.getPrototypeOf(instance);
      for (const methodName of Object.getOwnPropertyNames(prototype)) {
        const handler = instance[methodName];
        const event = reflector.get<EventConfig>(MetadataKey.EventConfig, handler);
        if (!event) {
          continue;
        }

        const workers = _.uniq(event.workers ?? [PhotoVaultWorker.Api, PhotoVaultWorker.Microservices]);
        if (!workers.includes(worker)) {
          continue;
        }

        items.push({ event: event.name, handler: handler.bind(instance), server: !!event.server });
      }
    }

    for (const { event, handler, server } of items) {
      this.addHandler(event, handler, server);
    }
  }

  afterInit(server: Server) {
    this.logger.log('Initialized websocket server');

    for (const event of ['AppRestart', 'ConfigUpdate']) {
      server.on(event, (...args: any[]) => {
        this.logger.debug(`Server event: ${event} (receive)`);
        handlePromiseError(this.onEvent({ name: event, args, server: true } as any), this.logger);
      });
    }
  }

  async handleConnection(client: Socket) {
    try {
      this.logger.log(`Websocket Connect:    ${client.id}`);
      const auth = await this.authFn!(client);
      await client.join(auth.user.id);
      if (auth.session) {
        await client.join(auth.session.id);
      }
    } catch (error: Error | any) {
      this.logger.error(`Websocket connection error: ${error}`, error?.stack);
      client.emit('error', 'unauthorized');
      client.disconnect();
    }
  }

  async handleDisconnect(client: Socket) {
    this.logger.log(`Websocket Disconnect: ${client.id}`);
    await client.leave(client.nsp.name);
  }

  private addHandler<T extends EmitEvent>(event: T, handler: EmitHandler<T>, server: boolean) {
    const item = { event, handler, server } as unknown as EventItem<T>;
    const handlers = (this.emitHandlers[event] || []) as EventItem<T>[];
    handlers.push(item);
    this.emitHandlers[event] = handlers as any;
  }

  emit<T extends EmitEvent>(event: T, ...args: ArgsOf<T>): Promise<void> {
    return this.onEvent({ name: event, args, server: false });
  }

  private async onEvent<T extends EmitEvent>(event: { name: T; args: ArgsOf<T>; server: boolean }): Promise<void> {
    const handlers = this.emitHandlers[event.name] || [];
    for (const { handler, server } of handlers) {
      // exclude handlers that ignore server events
      if (!server && event.server) {
        continue;
      }
      await handler(...event.args);
    }
  }

  /** emit to a user's browser sessions; with the redis adapter this works from either worker */
  clientSend<T extends keyof ClientEventMap>(event: T, room: string, ...data: ClientEventMap[T]) {
    this.server?.to(room).emit(event, ...data);
  }

  clientBroadcast<T extends keyof ClientEventMap>(event: T, ...data: ClientEventMap[T]) {
    this.server?.emit(event, ...data);
  }

  /** cross-worker server event, relayed through the redis adapter */
  serverSend(event: 'ConfigUpdate' | 'AppRestart', ...args: any[]) {
    this.logger.debug(`Server event: ${event} (send)`);
    this.server?.serverSideEmit(event, ...args);
  }

  setAuthFn(fn: AuthFn) {
    this.authFn = fn;
  }
}
