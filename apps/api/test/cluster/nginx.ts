import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Proc, run, waitUntil } from './processes';

export const NGINX = '/usr/sbin/nginx';

/**
 * The nginx configuration of docs/deployment.md, for upstreams on loopback: round robin, WebSocket
 * upgrade for /graphql subscriptions, the upload size limit and streaming, and a retry on the other
 * instance when one refuses the connection (a stopping instance has closed its listener). Every path
 * lives under `dir`, so no root daemon or system configuration is involved.
 */
export function nginxConfig(dir: string, port: number, upstreams: number[], maxBodyMb = 25): string {
  // As root, workers would run as nobody and could not write the temp paths of this private dir.
  const user = process.getuid?.() === 0 ? 'user root;' : '';
  return `
${user}
worker_processes 1;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  access_log ${dir}/access.log;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;

  upstream dvc_api {
    ${upstreams.map((p) => `server 127.0.0.1:${p} max_fails=1 fail_timeout=2s;`).join('\n    ')}
  }
  map $http_upgrade $connection_upgrade {
    default upgrade;
    ''      close;
  }
  server {
    listen 127.0.0.1:${port};
    client_max_body_size ${maxBodyMb}m;

    location / {
      proxy_pass http://dvc_api;
      proxy_http_version 1.1;
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_set_header Upgrade $http_upgrade;
      proxy_set_header Connection $connection_upgrade;
      # Uploads stream to the API (it checks size and type as they arrive), not spooled here first.
      proxy_request_buffering off;
      proxy_read_timeout 300s;
      # A refused connection (instance stopping) or a 502/503 goes to the other instance: always for
      # GET/HEAD; a POST only when nothing was sent (connection refused), never twice.
      proxy_next_upstream error timeout http_502 http_503;
      proxy_next_upstream_tries 2;
      # Which instance answered (for the tests only).
      add_header X-Upstream $upstream_addr always;
    }
  }
}
`;
}

export interface Nginx extends Proc {
  url: string;
  errorLog(): string;
  stop(): Promise<void>;
}

export async function startNginx(dir: string, port: number, upstreams: number[]): Promise<Nginx> {
  if (!existsSync(NGINX)) throw new Error(`${NGINX} is missing: apt-get install nginx-light`);
  mkdirSync(dir, { recursive: true });
  const conf = join(dir, 'nginx.conf');
  writeFileSync(conf, nginxConfig(dir, port, upstreams));
  const proc = run('nginx', NGINX, [
    '-p',
    dir,
    '-c',
    conf,
    '-e',
    join(dir, 'error.log'),
    '-g',
    `daemon off; pid ${dir}/nginx.pid;`,
  ]);
  const url = `http://127.0.0.1:${port}`;
  await waitUntil(async () => (await fetch(`${url}/health/live`)).ok, 15_000, 'nginx').catch((e: Error) => {
    proc.signal('SIGKILL');
    throw new Error(`${e.message}\n${proc.output()}`);
  });
  return {
    ...proc,
    url,
    errorLog: () => (existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : ''),
    stop: async () => {
      proc.signal('SIGQUIT');
      await proc.exited;
    },
  };
}
