/**
 * The developer page's code samples. They are code, not prose, so they are the same in both
 * languages; `origin` is the portal's own address so that they can be pasted as they are.
 */
export function developerExamples(origin: string): Record<string, string> {
  const endpoint = `${origin}/graphql`;
  return {
    searchCurl: `curl -s ${endpoint} \\
  -H 'content-type: application/json' \\
  -H "authorization: Bearer $DVC_TOKEN" \\
  -d '{"query":"query($q: String) { services(filter: { search: $q }, pageSize: 5) { totalCount items { id code name } } }","variables":{"q":"khai sinh"}}'`,
    searchFetch: `const res = await fetch('${endpoint}', {
  method: 'POST',
  headers: {
    'content-type': 'application/json',
    authorization: \`Bearer \${process.env.DVC_TOKEN}\`,
  },
  body: JSON.stringify({
    query: \`query ($q: String) {
      services(filter: { search: $q }, pageSize: 5) { totalCount items { id code name } }
    }\`,
    variables: { q: 'khai sinh' },
  }),
});
const { data, errors } = await res.json();`,
    listCurl: `curl -s ${endpoint} \\
  -H 'content-type: application/json' \\
  -H "authorization: Bearer $DVC_TOKEN" \\
  -d '{"query":"{ agencyDossiers(filter: { status: SUBMITTED }, pageSize: 50) { totalCount items { id code status version submittedAt } } }"}'`,
    listFetch: `const res = await fetch('${endpoint}', {
  method: 'POST',
  headers: { 'content-type': 'application/json', authorization: \`Bearer \${process.env.DVC_TOKEN}\` },
  body: JSON.stringify({
    query: \`{
      agencyDossiers(filter: { status: SUBMITTED }, pageSize: 50) {
        totalCount
        items { id code status version submittedAt }
      }
    }\`,
  }),
});
const { data } = await res.json();
for (const dossier of data.agencyDossiers.items) console.log(dossier.code, dossier.version);`,
    receiveCurl: `curl -s ${endpoint} \\
  -H 'content-type: application/json' \\
  -H "authorization: Bearer $DVC_TOKEN" \\
  -d '{"query":"mutation($id: ID!, $v: Int!) { receiveDossier(id: $id, expectedVersion: $v, note: \\"Tiếp nhận qua phần mềm một cửa\\") { id status version dueDate } }","variables":{"id":"<id>","v":2}}'`,
    receiveFetch: `const res = await fetch('${endpoint}', {
  method: 'POST',
  headers: { 'content-type': 'application/json', authorization: \`Bearer \${process.env.DVC_TOKEN}\` },
  body: JSON.stringify({
    query: \`mutation ($id: ID!, $v: Int!) {
      receiveDossier(id: $id, expectedVersion: $v, note: "Tiếp nhận qua phần mềm một cửa") {
        id status version dueDate
      }
    }\`,
    variables: { id: dossier.id, v: dossier.version },
  }),
});
const { data, errors } = await res.json();
if (errors?.[0]?.extensions?.code === 'STALE_DOSSIER') {
  // Someone changed the dossier meanwhile: read it again, then decide.
}`,
    webhookNode: `import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';

const secret = process.env.DVC_WEBHOOK_SECRET; // whsec_… shown once when the webhook was created
const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');

function verify(headers, body) {
  const id = headers['webhook-id'];
  const timestamp = headers['webhook-timestamp'];
  // Refuse old or future messages (replays): five minutes either way.
  if (Math.abs(Date.now() / 1000 - Number(timestamp)) > 300) return false;
  const expected = Buffer.from(
    'v1,' + createHmac('sha256', key).update(\`\${id}.\${timestamp}.\${body}\`).digest('base64'),
  );
  return String(headers['webhook-signature'])
    .split(' ')
    .some((candidate) => {
      const given = Buffer.from(candidate);
      return given.length === expected.length && timingSafeEqual(given, expected);
    });
}

createServer((req, res) => {
  let body = '';
  req.on('data', (chunk) => (body += chunk));
  req.on('end', () => {
    if (!verify(req.headers, body)) return res.writeHead(400).end();
    const event = JSON.parse(body); // { type, timestamp, data: { id, code, status, version } }
    console.log(event.type, event.data.code, event.data.status);
    res.writeHead(204).end(); // 2xx: received (anything else is retried)
  });
}).listen(8080);`,
  };
}
