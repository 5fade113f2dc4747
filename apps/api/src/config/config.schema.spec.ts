import { ConfigError, parseEnv } from './config.schema';

describe('parseEnv', () => {
  it('gives defaults that make npm start work', () => {
    const env = parseEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_URL).toBe('sqlite:./data/portal.sqlite');
    expect(env.PUBLIC_URL).toBe('http://localhost:3000');
    expect(env.GRAPHQL_PLAYGROUND).toBe(true);
    expect(env.SESSION_SECRET.length).toBeGreaterThanOrEqual(32);
  });

  it('turns the playground off and reads numbers', () => {
    const env = parseEnv({ GRAPHQL_PLAYGROUND: 'false', PORT: '8080' });
    expect(env.GRAPHQL_PLAYGROUND).toBe(false);
    expect(env.PUBLIC_URL).toBe('http://localhost:8080');
  });

  it('reads TRUST_PROXY as a number of trusted proxy hops', () => {
    expect(parseEnv({}).TRUST_PROXY).toBe(0);
    expect(parseEnv({ TRUST_PROXY: 'true' }).TRUST_PROXY).toBe(1);
    expect(parseEnv({ TRUST_PROXY: 'false' }).TRUST_PROXY).toBe(0);
    expect(parseEnv({ TRUST_PROXY: '2' }).TRUST_PROXY).toBe(2);
    expect(() => parseEnv({ TRUST_PROXY: 'everyone' })).toThrow(/TRUST_PROXY/);
  });

  it('names every bad variable in one message', () => {
    expect(() => parseEnv({ PORT: 'abc', DATABASE_URL: 'postgres://x' })).toThrow(ConfigError);
    try {
      parseEnv({ PORT: 'abc', DATABASE_URL: 'postgres://x' });
    } catch (e) {
      expect((e as Error).message).toMatch(/PORT/);
      expect((e as Error).message).toMatch(/DATABASE_URL/);
    }
  });

  it('refuses production without secrets, with a fixed captcha, without SMTP or over plain http', () => {
    const prod = { NODE_ENV: 'production', PUBLIC_URL: 'https://dvc.example.vn', SMTP_URL: 'smtp://mail:25' };
    expect(() => parseEnv(prod)).toThrow(/SESSION_SECRET/);
    const ok = { ...prod, SESSION_SECRET: 'x'.repeat(40) };
    expect(parseEnv(ok).NODE_ENV).toBe('production');
    expect(() => parseEnv({ ...ok, CAPTCHA_FIXED_ANSWER: 'abc' })).toThrow(/CAPTCHA_FIXED_ANSWER/);
    expect(() => parseEnv({ ...ok, RATE_LIMIT_DISABLED: 'true' })).toThrow(/RATE_LIMIT_DISABLED/);
    expect(() =>
      parseEnv({ ...ok, SESSION_SECRET: 'dev-only-session-secret-change-me-in-production!!' }),
    ).toThrow(/SESSION_SECRET/);
    expect(() => parseEnv({ ...ok, SMTP_URL: undefined })).toThrow(/SMTP_URL/);
    expect(() => parseEnv({ ...ok, PUBLIC_URL: 'http://dvc.example.vn' })).toThrow(/PUBLIC_URL.*https/);
    expect(parseEnv({ ...ok, PUBLIC_URL: 'http://localhost:3000' }).PUBLIC_URL).toBe('http://localhost:3000');
  });

  it('turns the playground and introspection off in production unless GRAPHQL_PLAYGROUND=true', () => {
    const prod = {
      NODE_ENV: 'production',
      PUBLIC_URL: 'https://dvc.example.vn',
      SMTP_URL: 'smtp://mail:25',
      SESSION_SECRET: 'x'.repeat(40),
    };
    expect(parseEnv(prod).GRAPHQL_PLAYGROUND).toBe(false);
    expect(parseEnv({ ...prod, GRAPHQL_PLAYGROUND: 'true' }).GRAPHQL_PLAYGROUND).toBe(true);
    expect(parseEnv({ NODE_ENV: 'test' }).GRAPHQL_PLAYGROUND).toBe(true);
  });
});
