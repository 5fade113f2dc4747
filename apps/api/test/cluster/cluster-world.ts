import type { FormFieldDefinition } from '@dvc/shared/domain';
import { demoFormValues } from '../../src/processing/demo-processing-stories';
import { pdfBytes } from '../fixtures/files';
import { saveDossier, SUBMIT_DOSSIER, DossierData } from '../support/dossier-fixtures';
import { GqlClient, GqlResponse } from '../support/gql-client';
import type { Cluster } from './cluster';

/** Demo accounts of the seed (never in production). */
export const CITIZEN = { username: 'congdan', password: 'Demo@2025' };
export const OFFICER = { username: 'canbo', password: 'Demo@2025' };
const OFFICER_AGENCY = '000.00.09.H26';

/** Which instance answered a request through nginx (its X-Upstream header). */
export const upstreamOf = (res: { headers: Headers }): string => res.headers.get('x-upstream') ?? '?';

export async function login(
  client: GqlClient,
  who: { username: string; password: string },
): Promise<GqlResponse<unknown>> {
  const res = await client.gql(
    'mutation($input: LoginInput!) { login(input: $input) { account { id username } } }',
    { input: who },
  );
  if (res.errors) throw new Error(`login ${who.username}: ${JSON.stringify(res.errors)}`);
  return res;
}

export interface SeededProcedure {
  id: string;
  components: { id: string; required: boolean }[];
  formData: Record<string, unknown>;
}

/** A seeded procedure of the demo officer's agency whose required documents take PDF, with a complete form. */
export async function seededProcedure(cluster: Cluster): Promise<SeededProcedure> {
  const procedures = await cluster.sql<{ id: string }>(
    `SELECT p.id FROM service_procedures p JOIN agencies a ON a.id = p.agency_id
      WHERE a.code = ? AND p.active = 1
        AND NOT EXISTS (SELECT 1 FROM document_components c WHERE c.procedure_id = p.id AND c.required = 1
                        AND c.active = 1 AND c.accepted_types NOT LIKE '%"pdf"%')
      ORDER BY (SELECT COUNT(*) FROM form_fields f WHERE f.procedure_id = p.id AND f.required = 1), p.id LIMIT 1`,
    [OFFICER_AGENCY],
  );
  if (!procedures.length) throw new Error('no seeded procedure of the demo agency takes PDF');
  const id = procedures[0].id;
  const components = await cluster.sql<{ id: string; required: number }>(
    'SELECT id, required FROM document_components WHERE procedure_id = ? AND active = 1 ORDER BY position',
    [id],
  );
  const rows = await cluster.sql<Record<string, unknown>>(
    'SELECT * FROM form_fields WHERE procedure_id = ? AND active = 1 ORDER BY position',
    [id],
  );
  const fields: FormFieldDefinition[] = rows.map((r) => ({
    key: r['field_key'] as string,
    label: r['label'] as string,
    type: r['type'] as FormFieldDefinition['type'],
    required: Boolean(r['required']),
    options: r['options'] ? JSON.parse(r['options'] as string) : undefined,
    min: (r['min_value'] as number | null) ?? undefined,
  }));
  return {
    id,
    components: components.map((c) => ({ id: c.id, required: Boolean(c.required) })),
    formData: demoFormValues(fields, 'Nguyễn Văn An'),
  };
}

/** A complete draft with one PDF per required component. */
export async function completeDraft(client: GqlClient, proc: SeededProcedure, content = pdfBytes(40_000)) {
  const files = proc.components
    .filter((c) => c.required)
    .map((c, i) => ({ componentId: c.id, name: `giay-to-${i + 1}.pdf`, content }));
  const res = await saveDossier(client, { serviceId: proc.id, formData: proc.formData }, files);
  if (!res.data) throw new Error(`saveDossier: ${JSON.stringify(res.errors)}`);
  return { dossier: res.data.saveDossier, upstream: upstreamOf(res) };
}

export async function submit(client: GqlClient, id: string) {
  const res = await client.gql<{ submitDossier: DossierData }>(SUBMIT_DOSSIER, { id });
  return { res, upstream: upstreamOf(res) };
}
