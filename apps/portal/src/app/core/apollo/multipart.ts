/**
 * A GraphQL multipart request (https://github.com/jaydenseric/graphql-multipart-request-spec):
 * `operations` with null where the files go, `map` from part names to those paths, then the files.
 */
export interface MultipartFile {
  /** Path in the operation, e.g. `variables.input.components.0.newFiles.1`. */
  path: string;
  file: File;
}

export function multipartBody(
  query: string,
  variables: Record<string, unknown>,
  files: readonly MultipartFile[],
) {
  const body = new FormData();
  body.append('operations', JSON.stringify({ query, variables }));
  body.append('map', JSON.stringify(Object.fromEntries(files.map((f, i) => [String(i), [f.path]]))));
  files.forEach((f, i) => body.append(String(i), f.file, f.file.name));
  return body;
}

/**
 * Per-file progress from the request's progress: the files go in order after a small prefix
 * (operations and map), so each file's share is where `loaded` stands within its bytes.
 */
export function perFileProgress(loaded: number, total: number, sizes: readonly number[]): number[] {
  const filesBytes = sizes.reduce((a, b) => a + b, 0);
  let offset = Math.max(0, total - filesBytes);
  return sizes.map((size) => {
    const done = size === 0 ? (loaded >= offset ? 1 : 0) : (loaded - offset) / size;
    offset += size;
    return Math.round(Math.min(1, Math.max(0, done)) * 100);
  });
}
