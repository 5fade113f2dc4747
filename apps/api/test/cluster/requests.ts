import { request } from 'node:http';
import { createClient, Client } from 'graphql-ws';
import WebSocket from 'ws';
import { randomBytes } from 'node:crypto';
import { SESSION_COOKIE } from '../../src/account/session.service';
import { pdfBytes } from '../fixtures/files';

/** graphql-ws through nginx with the session cookie; reports which instance accepted the socket. */
export function liveClient(baseUrl: string, token: string, onUpstream: (u: string) => void): Client {
  class CookieSocket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers: { cookie: `${SESSION_COOKIE}=${token}` } });
      this.on('upgrade', (res) => onUpstream(String(res.headers['x-upstream'] ?? '')));
    }
  }
  return createClient({
    url: `${baseUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: CookieSocket,
    retryAttempts: 0,
  });
}

/** A multipart saveDossier whose file trickles in over `ms` (an upload in flight). */
export function slowUpload(
  baseUrl: string,
  cookie: string,
  serviceId: string,
  componentId: string,
  size: number,
  ms: number,
): Promise<{ status: number; body: string }> {
  const boundary = `----cluster${randomBytes(6).toString('hex')}`;
  const operations = JSON.stringify({
    query: 'mutation($input: SaveDossierInput!) { saveDossier(input: $input) { id files { size } } }',
    variables: { input: { serviceId, components: [{ componentId, newFiles: [null] }] } },
  });
  const head = Buffer.from(
    [
      `--${boundary}`,
      'Content-Disposition: form-data; name="operations"',
      '',
      operations,
      `--${boundary}`,
      'Content-Disposition: form-data; name="map"',
      '',
      JSON.stringify({ 0: ['variables.input.components.0.newFiles.0'] }),
      `--${boundary}`,
      'Content-Disposition: form-data; name="0"; filename="cham.pdf"',
      'Content-Type: application/pdf',
      '',
      '',
    ].join('\r\n'),
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const pdf = pdfBytes(size);
  return new Promise((resolve, reject) => {
    const req = request(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': `multipart/form-data; boundary=${boundary}`,
        'content-length': String(head.length + pdf.length + tail.length),
        'apollo-require-preflight': 'true',
        cookie,
      },
    });
    req.on('error', reject);
    req.on('response', (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.write(head);
    const slices = 30;
    const per = Math.ceil(pdf.length / slices);
    let i = 0;
    const timer = setInterval(() => {
      req.write(pdf.subarray(i * per, (i + 1) * per));
      if (++i >= slices) {
        clearInterval(timer);
        req.end(tail);
      }
    }, ms / slices);
  });
}
