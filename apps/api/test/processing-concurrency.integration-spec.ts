import { Role } from '@dvc/shared/domain';
import { createAccount, loginAs } from './support/accounts';
import { countRows, storedFiles } from './support/dossier-fixtures';
import {
  act,
  codeOf,
  createWorld,
  DOSSIER_FULL,
  dossierIn,
  dossierOf,
  OfficerAction,
  ProcessingWorld,
} from './support/processing';
import { createTestApp, TestApp } from './support/test-app';

/**
 * Officers acting at once on one dossier, each with the version they saw: exactly one wins, every
 * other gets STALE_DOSSIER, and the dossier shows one change (one step, version + 1).
 */
describe('parallel officer actions', () => {
  let t: TestApp;
  let w: ProcessingWorld;
  let colleague: ProcessingWorld['officer'];
  beforeAll(async () => {
    t = await createTestApp({ SEED_ON_START: 'false', RATE_LIMIT_DISABLED: 'true' });
    w = await createWorld(t);
    colleague = await loginAs(
      t,
      await createAccount(t, { role: Role.OFFICER, agencyId: w.proc.agency.id, fullName: 'Lê Văn Cường' }),
    );
  });
  afterAll(() => t?.close());

  const race: [string, string, OfficerAction[]][] = [
    ['the same action twice', 'SUBMITTED', ['receiveDossier', 'receiveDossier', 'receiveDossier']],
    ['receive against reject', 'SUBMITTED', ['receiveDossier', 'rejectDossier']],
    [
      'start against supplement against reject',
      'RECEIVED',
      ['startProcessing', 'requestSupplement', 'rejectDossier'],
    ],
    ['complete against reject', 'IN_PROGRESS', ['completeDossier', 'rejectDossier', 'completeDossier']],
  ];

  it.each(race)('%s: exactly one wins', async (_name, status, actions) => {
    const dossier = await dossierIn(w, status);
    const files = (await storedFiles(t)).length;
    const results = await Promise.all(
      actions.map((action, i) => act(i % 2 ? colleague : w.officer, action, dossier, w.proc)),
    );
    const winners = results.filter((r) => !r.errors);
    expect(winners).toHaveLength(1);
    expect(results.filter((r) => codeOf(r) === 'STALE_DOSSIER')).toHaveLength(actions.length - 1);
    const now = dossierOf(await w.owner.gql(DOSSIER_FULL, { id: dossier.id }));
    const won = dossierOf(winners[0]);
    expect([now.status, now.version]).toEqual([won.status, dossier.version + 1]);
    expect(now.history).toHaveLength(dossier.history.length + 1);
    // Only the winner's result files stay on disk (a lost completeDossier removes its own).
    expect((await storedFiles(t)).length - files).toBe(now.result?.files.length ?? 0);
  });

  it('keeps supplement requests, results and steps consistent under a burst', async () => {
    const before = {
      requests: await countRows(t, 'supplement_requests'),
      results: await countRows(t, 'dossier_results'),
    };
    const dossiers = await Promise.all([1, 2, 3].map(() => dossierIn(w, 'IN_PROGRESS')));
    const answers = await Promise.all(
      dossiers.flatMap((d) => [
        act(w.officer, 'requestSupplement', d, w.proc),
        act(colleague, 'completeDossier', d, w.proc),
      ]),
    );
    const wins = answers.filter((r) => !r.errors).map((r) => dossierOf(r).status);
    expect(wins).toHaveLength(3);
    const asked = wins.filter((s) => s === 'SUPPLEMENT_REQUESTED').length;
    expect(await countRows(t, 'supplement_requests')).toBe(before.requests + asked);
    expect(await countRows(t, 'dossier_results')).toBe(before.results + 3 - asked);
  });
});
