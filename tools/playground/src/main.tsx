/**
 * Offline GraphQL IDE (GraphiQL 5) for Cổng Dịch vụ công trực tuyến.
 *
 * Served by the API at `GET /graphql` (browser, Accept: text/html); every asset
 * (this bundle, the CSS, the Monaco workers, the icon font) lives under
 * `/playground-assets/`. Nothing is loaded from a CDN.
 */
import { GraphiQL, type GraphiQLProps } from 'graphiql';
import { GraphQLError } from 'graphql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Contains Monaco's CSS, GraphiQL's CSS and the Roboto / Fira Code / codicon fonts inlined.
import 'graphiql/style.css';

type Fetcher = GraphiQLProps['fetcher'];

const GRAPHQL_ENDPOINT = '/graphql';

const DEFAULT_QUERY = `# Cổng Dịch vụ công — GraphQL playground
#
# Gõ truy vấn ở đây rồi nhấn Ctrl+Enter (⌘+Enter trên macOS) để chạy.
# Mở "Documentation Explorer" (biểu tượng quyển sách bên trái) để xem schema.
# Truy vấn dùng phiên đăng nhập (cookie) hiện tại của cổng.
{
  __typename
}
`;

/**
 * Each Monaco worker is a separate ESM bundle next to this file
 * (`/playground-assets/<label>.worker.js`).
 */
interface MonacoEnvironmentLike {
  getWorker(workerId: string, label: string): Worker;
}

function workerUrl(name: 'editor' | 'json' | 'graphql'): URL {
  switch (name) {
    case 'json':
      return new URL('./json.worker.js', import.meta.url);
    case 'graphql':
      return new URL('./graphql.worker.js', import.meta.url);
    default:
      return new URL('./editor.worker.js', import.meta.url);
  }
}

(globalThis as unknown as { MonacoEnvironment: MonacoEnvironmentLike }).MonacoEnvironment = {
  getWorker(_workerId: string, label: string): Worker {
    const name = label === 'json' ? 'json' : label === 'graphql' ? 'graphql' : 'editor';
    return new Worker(workerUrl(name), { type: 'module', name: `${name}.worker` });
  },
};

/** POSTs the operation as JSON to the same-origin endpoint, with the session cookie. */
const fetcher: Fetcher = async (graphQLParams, opts) => {
  const response = await fetch(GRAPHQL_ENDPOINT, {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      accept: 'application/graphql-response+json, application/json',
      ...opts?.headers,
      'content-type': 'application/json',
    },
    body: JSON.stringify(graphQLParams),
  });
  const text = await response.text();
  try {
    return JSON.parse(text) as Awaited<ReturnType<Fetcher>>;
  } catch {
    // e.g. a proxy error page: show it in the result pane instead of failing silently.
    return {
      errors: [
        new GraphQLError(`HTTP ${response.status} ${response.statusText}: phản hồi không phải JSON`, {
          extensions: { body: text.slice(0, 2000) },
        }),
      ],
    };
  }
};

const container = document.getElementById('root');
if (!container) {
  throw new Error('GraphQL playground: missing #root element');
}

createRoot(container).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultQuery={DEFAULT_QUERY} />
  </StrictMode>,
);
