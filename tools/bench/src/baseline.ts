// The baselines of the benchmark, each in its own process:
//   b0: node:http answering a fixed JSON body;
//   b1: Express 5 + @apollo/server 5 (@as-integrations/express5) with the schema `{ hello }`.
// Usage: node dist/bench/baseline.mjs b0|b1 <port>
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { createServer } from 'node:http';

const [kind, portText] = process.argv.slice(2);
const port = Number(portText);

if (kind === 'b0') {
  const body = JSON.stringify({ data: { hello: 'xin chào' } });
  createServer((req, res) => {
    // Drain the request body like a real handler would, then answer.
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
      res.end(body);
    });
  }).listen(port, '127.0.0.1');
} else if (kind === 'b1') {
  const server = new ApolloServer({
    typeDefs: 'type Query { hello: String! }',
    resolvers: { Query: { hello: () => 'xin chào' } },
  });
  await server.start();
  const app = express();
  app.get('/health', (_req, res) => void res.json({ ok: true }));
  app.use('/graphql', express.json(), expressMiddleware(server));
  app.listen(port, '127.0.0.1');
} else {
  console.error('usage: baseline.mjs b0|b1 <port>');
  process.exit(2);
}
