import { createClient, Client } from 'graphql-ws';
import WebSocket from 'ws';
import { SESSION_COOKIE } from '../../src/account/session.service';
import { pdfBytes } from '../fixtures/files';
import { startRawUpload } from '../support/raw-upload';

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
  const pdf = pdfBytes(size);
  return new Promise((resolve, reject) => {
    const { req, finish } = startRawUpload(baseUrl, cookie, {
      query: 'mutation($input: SaveDossierInput!) { saveDossier(input: $input) { id files { size } } }',
      serviceId,
      componentId,
      fileName: 'cham.pdf',
      fileSize: pdf.length,
    });
    req.on('error', reject);
    req.on('response', (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    const slices = 30;
    const per = Math.ceil(pdf.length / slices);
    let i = 0;
    const timer = setInterval(() => {
      req.write(pdf.subarray(i * per, (i + 1) * per));
      if (++i >= slices) {
        clearInterval(timer);
        finish();
      }
    }, ms / slices);
  });
}
