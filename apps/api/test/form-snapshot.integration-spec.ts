import { createCompleteDraft, SUBMIT_DOSSIER } from './support/dossier-fixtures';
import { createWorld, dataSource, ProcessingWorld } from './support/processing';
import { createTestApp, TestApp } from './support/test-app';

const SNAPSHOT = `query S($id: ID!) { dossier(id: $id) { id status formSnapshot { takenAt fields components } } }`;

interface Snapshot {
  takenAt: string;
  fields: { key: string; label: string; required: boolean }[];
  components: { id: string; name: string; required: boolean }[];
}

/** A sent dossier keeps the form and components it was filled against when its procedure changes. */
describe('dossier form snapshot', () => {
  let t: TestApp;
  let w: ProcessingWorld;

  beforeAll(async () => {
    t = await createTestApp({ SEED_ON_START: 'false', RATE_LIMIT_DISABLED: 'true' });
    w = await createWorld(t);
  });
  afterAll(() => t?.close());

  const snapshotOf = async (id: string) => {
    const res = await w.owner.gql<{ dossier: { formSnapshot: Snapshot | null } }>(SNAPSHOT, { id });
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.dossier.formSnapshot;
  };

  it('is taken at the first submission and survives edits of the procedure', async () => {
    const draft = await createCompleteDraft(w.owner, w.proc);
    expect(await snapshotOf(draft.id)).toBeNull();
    const sent = await w.owner.gql<{ submitDossier: { id: string } }>(SUBMIT_DOSSIER, { id: draft.id });
    expect(sent.errors).toBeUndefined();
    const before = (await snapshotOf(draft.id)) as Snapshot;
    expect(before.fields.map((f) => f.key)).toEqual(w.proc.fields.filter((f) => f.active).map((f) => f.key));
    expect(before.components.map((c) => c.id)).toEqual(w.proc.components.map((c) => c.id));

    // The admin renames a field, adds a required one and retires a component.
    const field = w.proc.fields[0];
    const renamed = await w.admin.gql(
      'mutation($id: ID!) { updateFormField(id: $id, input: { label: "Nhãn mới" }) { id } }',
      {
        id: field.id,
      },
    );
    expect(renamed.errors).toBeUndefined();
    const added = await w.admin.gql(
      'mutation($s: ID!) { createFormField(serviceId: $s, input: { key: "truongMoi", label: "Trường mới", type: TEXT, required: false }) { id } }',
      { s: w.proc.procedure.id },
    );
    expect(added.errors).toBeUndefined();
    const retired = await w.admin.gql('mutation($id: ID!) { deactivateDocumentComponent(id: $id) { id } }', {
      id: w.proc.components[1].id,
    });
    expect(retired.errors).toBeUndefined();

    expect(await snapshotOf(draft.id)).toEqual(before);
    expect(before.fields.find((f) => f.key === field.key)?.label).toBe(field.label);
    // A dossier sent now is filled against the new form.
    const next = await createCompleteDraft(w.owner, w.proc);
    const nextSent = await w.owner.gql(SUBMIT_DOSSIER, { id: next.id });
    expect(nextSent.errors).toBeUndefined();
    const after = (await snapshotOf(next.id)) as Snapshot;
    expect(after.fields.map((f) => f.key)).toContain('truongMoi');
    expect(after.fields.find((f) => f.key === field.key)?.label).toBe('Nhãn mới');
    expect(after.components.map((c) => c.id)).not.toContain(w.proc.components[1].id);
    const rows = (await dataSource(t).query(
      'SELECT COUNT(*) AS n FROM dossier_form_snapshots WHERE dossier_id = ?',
      [draft.id],
    )) as { n: number | string }[];
    expect(Number(rows[0].n)).toBe(1);
  });
});
