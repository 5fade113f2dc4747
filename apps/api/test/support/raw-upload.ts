import { randomBytes } from 'node:crypto';
import { ClientRequest, request } from 'node:http';

/**
 * A GraphQL multipart saveDossier with one PDF (the first new file of `componentId`) written by hand,
 * for tests that decide how its bytes reach the server (slowly, or cut off): the request is sent up
 * to the file; write its `fileSize` bytes, then `finish()`. GqlClient.upload sends whole files only.
 */
export function startRawUpload(
  baseUrl: string,
  cookie: string,
  upload: { query: string; serviceId: string; componentId: string; fileName: string; fileSize: number },
): { req: ClientRequest; finish: () => void } {
  const boundary = `----dvc${randomBytes(8).toString('hex')}`;
  const operations = JSON.stringify({
    query: upload.query,
    variables: {
      input: {
        serviceId: upload.serviceId,
        components: [{ componentId: upload.componentId, newFiles: [null] }],
      },
    },
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
      `Content-Disposition: form-data; name="0"; filename="${upload.fileName}"`,
      'Content-Type: application/pdf',
      '',
      '',
    ].join('\r\n'),
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const req = request(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': `multipart/form-data; boundary=${boundary}`,
      'content-length': String(head.length + upload.fileSize + tail.length),
      'apollo-require-preflight': 'true',
      cookie,
    },
  });
  req.write(head);
  return { req, finish: () => req.end(tail) };
}
