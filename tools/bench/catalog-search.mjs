#!/usr/bin/env node
// Load test of the public catalog: a mix of `services` searches (with and without diacritics,
// filters, pages of 20 with their relations) against a running API.
//
//   node tools/bench/catalog-search.mjs [http://localhost:3000] [--connections 50] [--duration 20]
//
// Run the API with RATE_LIMIT_DISABLED=true if it sits behind the portal's rate limits.
import autocannon from 'autocannon';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const baseUrl = (args.find((a) => /^https?:\/\//.test(a)) ?? 'http://localhost:3000').replace(/\/+$/, '');

const QUERY = `query Services($filter: ServiceFilter, $page: Int, $pageSize: Int) {
  services(filter: $filter, page: $page, pageSize: $pageSize) {
    totalCount page pageSize
    items { id code name onlineLevel processingDays feeText feeAmount agency { id name level } sector { id name } }
  }
}`;

const SEARCHES = [
  { filter: { search: 'dang ky khai sinh' } },
  { filter: { search: 'ĐĂNG KÝ KHAI SINH' } },
  { filter: { search: 'giay phep xay dung' } },
  { filter: { search: 'ho kinh doanh' }, page: 1 },
  { filter: { onlineLevel: 'FULL' }, page: 2 },
  { filter: { search: 'cu tru' } },
  {},
];

const requests = SEARCHES.map((variables) => ({
  method: 'POST',
  path: '/graphql',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query: QUERY, variables: { pageSize: 20, ...variables } }),
}));

const result = await autocannon({
  url: baseUrl,
  connections: option('connections', 50),
  duration: option('duration', 20),
  requests,
});

console.log(autocannon.printResult(result));
const failed = result.non2xx + result.errors;
console.log(
  `catalog search: ${Math.round(result.requests.average)} req/s, p99 ${result.latency.p99} ms, ${failed} failed`,
);
process.exit(failed > 0 ? 1 : 0);
