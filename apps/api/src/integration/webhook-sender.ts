import { request as httpRequest } from 'node:http';
import { request as httpsRequest, RequestOptions } from 'node:https';
import { signWebhook } from './integration-secrets';
import { webhookLookup } from './webhook-url';

export interface WebhookPost {
  url: string;
  secret: string;
  /** The Standard Webhooks message id (the delivery's id: the same on every retry). */
  id: string;
  body: string;
  timeoutMs: number;
  /** Production: connect only to public addresses, checked at connection time. */
  publicOnly: boolean;
}

export interface WebhookAnswer {
  statusCode: number | null;
  durationMs: number;
  error: string | null;
}

/**
 * One signed POST. Any 2xx is success; redirects are not followed (a redirect could lead anywhere).
 * The receiver's body is read and dropped (at most what arrives before the end or the timeout).
 */
export function postWebhook(post: WebhookPost): Promise<WebhookAnswer> {
  const started = Date.now();
  const timestamp = Math.floor(started / 1000);
  const url = new URL(post.url);
  const options: RequestOptions = {
    method: 'POST',
    timeout: post.timeoutMs,
    headers: {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(post.body),
      'user-agent': 'dvc-webhooks/1',
      'webhook-id': post.id,
      'webhook-timestamp': String(timestamp),
      'webhook-signature': signWebhook(post.secret, post.id, timestamp, post.body),
    },
    ...(post.publicOnly ? { lookup: webhookLookup as RequestOptions['lookup'] } : {}),
  };
  return new Promise((resolve) => {
    const done = (statusCode: number | null, error: string | null) =>
      resolve({ statusCode, durationMs: Date.now() - started, error });
    const req = (url.protocol === 'https:' ? httpsRequest : httpRequest)(url, options, (res) => {
      res.resume();
      res.on('end', () => done(res.statusCode ?? null, null));
      res.on('error', (e) => done(res.statusCode ?? null, e.message));
    });
    req.on('timeout', () => req.destroy(new Error(`No answer within ${post.timeoutMs} ms`)));
    req.on('error', (e) => done(null, e.message || String(e)));
    req.end(post.body);
  });
}
