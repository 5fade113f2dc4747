/** Minimal GraphQL-over-HTTP client with a cookie jar, as a browser or an integrator would call the API. */
export interface GqlError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; fields?: Record<string, string>; [key: string]: unknown };
}

export interface GqlResponse<T> {
  status: number;
  data: T | null;
  errors: GqlError[] | undefined;
  headers: Headers;
}

export class GqlClient {
  private readonly cookies = new Map<string, string>();

  constructor(
    readonly baseUrl: string,
    private readonly defaultHeaders: Record<string, string> = {},
  ) {}

  async gql<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ): Promise<GqlResponse<T>> {
    return this.send<T>({
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
  }

  /** GraphQL multipart request (https://github.com/jaydenseric/graphql-multipart-request-spec). */
  async upload<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown>,
    files: { path: string; name: string; content: Buffer | Blob; type?: string }[],
    headers: Record<string, string> = { 'apollo-require-preflight': 'true' },
  ): Promise<GqlResponse<T>> {
    const form = new FormData();
    form.append('operations', JSON.stringify({ query, variables }));
    form.append('map', JSON.stringify(Object.fromEntries(files.map((f, i) => [String(i), [f.path]]))));
    files.forEach((f, i) => {
      const blob =
        f.content instanceof Blob ? f.content : new Blob([new Uint8Array(f.content)], { type: f.type });
      form.append(String(i), blob, f.name);
    });
    return this.send<T>({ method: 'POST', headers, body: form });
  }

  /** Plain HTTP with the same cookies (file downloads, health). */
  async fetch(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    const cookie = this.cookieHeader();
    if (cookie) headers.set('cookie', cookie);
    const res = await fetch(`${this.baseUrl}${path}`, { ...init, headers, redirect: 'manual' });
    this.storeCookies(res);
    return res;
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  setCookie(name: string, value: string): void {
    this.cookies.set(name, value);
  }

  clearCookies(): void {
    this.cookies.clear();
  }

  /** Raw Set-Cookie header values of the last response are exposed for attribute checks. */
  lastSetCookies: string[] = [];

  private async send<T>(init: { method: string; headers: Record<string, string>; body: string | FormData }) {
    const res = await this.fetch('/graphql', {
      ...init,
      headers: { ...this.defaultHeaders, ...init.headers },
    });
    const text = await res.text();
    let body: { data?: T | null; errors?: GqlError[] };
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      throw new Error(`Non-JSON answer (${res.status}): ${text.slice(0, 300)}`);
    }
    return { status: res.status, data: body.data ?? null, errors: body.errors, headers: res.headers };
  }

  private storeCookies(res: Response): void {
    this.lastSetCookies = res.headers.getSetCookie();
    for (const line of this.lastSetCookies) {
      const [pair, ...attrs] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attrs.some((a) => /^\s*max-age=0\b/i.test(a) || /expires=thu, 01 jan 1970/i.test(a));
      if (!value || expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}
