import { AppConfig } from '../config/app-config';
import { isPublicAddress, Resolve, webhookLookup, webhookUrlProblem } from './webhook-url';

const production = AppConfig.fromEnv({
  NODE_ENV: 'production',
  SESSION_SECRET: 'x'.repeat(40),
  SMTP_URL: 'smtp://mail.example.org',
  PUBLIC_URL: 'https://dichvucong.example.vn',
  DATABASE_URL: 'mysql://u:p@db/dvc',
}).isProduction;
const development = AppConfig.fromEnv({ NODE_ENV: 'development' }).isProduction;

/** A fake DNS: names to the addresses they resolve to. */
const dns =
  (table: Record<string, string[]>): Resolve =>
  async (host) => {
    if (!table[host]) throw new Error('ENOTFOUND');
    return table[host];
  };

describe('webhook URL check (SSRF)', () => {
  it('is configured as production', () => {
    expect(production).toBe(true);
    expect(development).toBe(false);
  });

  it.each([
    'http://hooks.example.org/x', // not https
    'https://127.0.0.1/x',
    'https://10.1.2.3/x',
    'https://172.16.5.4/x',
    'https://192.168.1.10/x',
    'https://169.254.169.254/latest/meta-data', // cloud metadata (link-local)
    'https://100.64.0.1/x',
    'https://0.0.0.0/x',
    'https://[::1]/x',
    'https://[fe80::1]/x',
    'https://[fd12:3456::1]/x',
    'https://[::ffff:127.0.0.1]/x',
    'https://localhost/x',
    'https://internal.example.org/x', // resolves to a private address
    'https://mixed.example.org/x', // one public and one private address
    'https://missing.example.org/x',
    'https://user:pass@hooks.example.org/x',
    'not a url',
  ])('refuses %s in production', async (url) => {
    const resolve = dns({
      'hooks.example.org': ['93.184.216.34'],
      localhost: ['127.0.0.1', '::1'],
      'internal.example.org': ['10.0.0.7'],
      'mixed.example.org': ['93.184.216.34', '192.168.0.2'],
    });
    expect(await webhookUrlProblem(url, production, resolve)).toEqual(expect.any(String));
  });

  it('accepts https to public addresses in production', async () => {
    const resolve = dns({ 'hooks.example.org': ['93.184.216.34', '2606:2800:220:1::248'] });
    expect(await webhookUrlProblem('https://hooks.example.org/dvc', production, resolve)).toBeNull();
    expect(await webhookUrlProblem('https://93.184.216.34/dvc', production, resolve)).toBeNull();
  });

  it('allows http and localhost outside production, but not other schemes', async () => {
    expect(await webhookUrlProblem('http://localhost:8080/hooks', development)).toBeNull();
    expect(await webhookUrlProblem('http://127.0.0.1:9/hooks', development)).toBeNull();
    expect(await webhookUrlProblem('file:///etc/passwd', development)).toEqual(expect.any(String));
  });

  it('classifies addresses', () => {
    expect(['8.8.8.8', '2606:4700::1111', '::ffff:8.8.8.8'].map(isPublicAddress)).toEqual([true, true, true]);
    expect(['127.0.0.1', '::', '::1', '224.0.0.1', '198.18.0.1', 'nonsense'].map(isPublicAddress)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('refuses, at connection time, a name that resolves to a loopback address (DNS rebinding)', async () => {
    const error = await new Promise<NodeJS.ErrnoException | null>((resolve) =>
      webhookLookup('localhost', {}, (e) => resolve(e)),
    );
    expect(error?.code).toBe('EACCES');
  });
});
