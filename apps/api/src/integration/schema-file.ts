import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Express, Request, Response } from 'express';
import { lexicographicSortSchema, printSchema } from 'graphql';

export const SCHEMA_FILE_PATH = '/graphql/schema.graphql';

/**
 * The schema as SDL for integrators' code generators, public like introspection. Printed from the
 * running schema (the same text as apps/api/schema.gql) once, on the first request. Registered
 * before the /graphql handlers, which would otherwise take the path.
 */
export function serveSchemaFile(app: NestExpressApplication): void {
  let printed: string | null = null;
  const express = app.getHttpAdapter().getInstance() as Express;
  express.get(SCHEMA_FILE_PATH, (_req: Request, res: Response) => {
    printed ??= printSchema(lexicographicSortSchema(app.get(GraphQLSchemaHost).schema));
    res.type('text/plain; charset=utf-8').setHeader('Cache-Control', 'no-cache');
    res.send(printed);
  });
}
