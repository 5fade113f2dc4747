import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { PubSub, PubSubEngine } from 'graphql-subscriptions';
import { EventEmitter } from 'node:events';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import Redis from 'ioredis';
import { AppConfig } from '../../config/app-config';

/**
 * Pub/sub behind the GraphQL subscriptions. In-process by default (one API instance); with REDIS_URL,
 * Redis pub/sub, so an event published by one instance reaches subscribers connected to any other.
 * Payloads cross Redis as JSON: publish plain data (dates as ISO strings) and rebuild on delivery.
 * Publish only after the transaction that made the change has committed (see AfterCommit).
 */
@Injectable()
export class LiveEvents implements OnModuleDestroy {
  private readonly logger = new Logger(LiveEvents.name);
  private readonly engine: PubSubEngine;
  private readonly redis: RedisPubSub | null = null;
  private readonly local = new EventEmitter();

  constructor(config: AppConfig) {
    const url = config.env.REDIS_URL;
    if (!url) {
      this.local.setMaxListeners(0); // one listener per open subscription
      this.engine = new PubSub({ eventEmitter: this.local });
      return;
    }
    // Two connections: a Redis connection in subscriber mode cannot publish.
    const connect = (role: 'publisher' | 'subscriber') => {
      // No ready check (an INFO command) on the subscriber: a SUBSCRIBE made at start-up goes out while
      // connecting, and the INFO that follows is refused in subscriber mode, losing the subscription.
      const client = new Redis(url, {
        lazyConnect: false,
        maxRetriesPerRequest: 3,
        enableReadyCheck: role === 'publisher',
      });
      client.on('error', (error: Error) => this.logger.warn(`Redis ${role}: ${error.message}`));
      return client;
    };
    this.redis = new RedisPubSub({ publisher: connect('publisher'), subscriber: connect('subscriber') });
    this.engine = this.redis;
  }

  get kind(): 'redis' | 'in-process' {
    return this.redis ? 'redis' : 'in-process';
  }

  async publish(topic: string, payload: object): Promise<void> {
    await this.engine.publish(topic, payload);
  }

  /** The async iterator a @Subscription resolver returns. */
  iterator<T>(topic: string): AsyncIterableIterator<T> {
    return this.engine.asyncIterableIterator<T>(topic);
  }

  /**
   * Subscribers listening on a topic: on this instance (in-process), or on every instance (Redis
   * PUBSUB NUMSUB). Lets tests and diagnostics know a subscription is in place before publishing.
   */
  async listeners(topic: string): Promise<number> {
    if (!this.redis) return this.local.listenerCount(topic);
    const reply = (await this.redis.getPublisher().pubsub('NUMSUB', topic)) as [string, number];
    return Number(reply[1] ?? 0);
  }

  async onModuleDestroy(): Promise<void> {
    if (!this.redis) return;
    for (const client of [this.redis.getPublisher(), this.redis.getSubscriber()]) {
      await client.quit().catch(() => client.disconnect());
    }
  }
}
