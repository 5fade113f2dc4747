import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import {
  ApiClientsDocument,
  ApiClientsQuery,
  CreateApiTokenDocument,
  IntegrationAgenciesDocument,
  RevokeApiTokenDocument,
} from '@dvc/portal/data-access';
import { Apollo } from 'apollo-angular';
import type { DocumentNode } from 'graphql';
import { of } from 'rxjs';
import { openRoutedPage, settleRoutedPage } from '../../core/testing/routed-page';
import { IntegrationsPage } from './integrations.page';

type Client = ApiClientsQuery['apiClients'][number];

const client = (tokens: Client['tokens']): Client => ({
  id: 'c1',
  name: 'Phần mềm một cửa Sở Tư pháp',
  agencyId: 'a1',
  agencyName: 'Sở Tư pháp Thành phố Hà Nội',
  scopes: ['dossiers:read', 'dossiers:process'],
  active: true,
  createdAt: '2026-11-20T02:05:00Z',
  requestCount: tokens.reduce((n, t) => n + t.requestCount, 0),
  tokens,
  webhooks: [],
});

const token = (over: Partial<Client['tokens'][number]>): Client['tokens'][number] => ({
  id: 't1',
  prefix: 'dvc_AbCdEfGh',
  createdAt: '2026-11-20T02:05:00Z',
  expiresAt: null,
  revokedAt: null,
  lastUsedAt: '2026-11-29T08:15:00Z',
  requestCount: 42,
  active: true,
  ...over,
});

describe('IntegrationsPage', () => {
  let clients: Client[];
  let mutations: { mutation: DocumentNode; variables: Record<string, unknown> }[];

  beforeEach(() => {
    clients = [client([token({})])];
    mutations = [];
    const apollo = {
      query: ({ query }: { query: DocumentNode }) => {
        if (query === ApiClientsDocument) return of({ data: { apiClients: clients } });
        if (query === IntegrationAgenciesDocument)
          return of({ data: { agencies: [{ id: 'a1', name: 'Sở Tư pháp' }] } });
        throw new Error('unexpected query');
      },
      mutate: (call: { mutation: DocumentNode; variables: Record<string, unknown> }) => {
        mutations.push(call);
        if (call.mutation === CreateApiTokenDocument) {
          clients = [
            client([
              token({ id: 't2', prefix: 'dvc_ZyXwVuTs', requestCount: 0, lastUsedAt: null }),
              token({}),
            ]),
          ];
          return of({
            data: { createApiToken: { secret: 'dvc_ZyXwVuTs_secret_value', token: { id: 't2' } } },
          });
        }
        if (call.mutation === RevokeApiTokenDocument) {
          clients = [client([token({ active: false, revokedAt: '2026-11-30T01:00:00Z' })])];
          return of({
            data: { revokeApiToken: { id: 't1', active: false, revokedAt: '2026-11-30T01:00:00Z' } },
          });
        }
        throw new Error('unexpected mutation');
      },
    };
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'quan-tri/tich-hop', component: IntegrationsPage }]),
        { provide: Apollo, useValue: apollo },
      ],
    });
  });

  const open = () => openRoutedPage('/quan-tri/tich-hop', IntegrationsPage);

  const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

  it('lists clients with scopes, request counts and the last use of each token', async () => {
    const page = (await open()).routeNativeElement as HTMLElement;
    const card = page.querySelector('[data-testid="client-c1"]');
    expect(text(card)).toContain('Phần mềm một cửa Sở Tư pháp');
    expect(text(card)).toContain('dossiers:process');
    expect(text(card?.querySelector('[data-testid="client-requests"]'))).toBe('42');
    const row = text(card?.querySelector('[data-testid="token-t1"]'));
    expect(row).toContain('dvc_AbCdEfGh…');
    expect(row).toContain('29/11/2026');
    expect(row).toContain('42');
  });

  it('shows a new token’s secret once, with a copy button', async () => {
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.assign(navigator, { clipboard: { writeText } });
    const harness = await open();
    const page = harness.routeNativeElement as HTMLElement;
    (page.querySelector('[data-testid="create-token"]') as HTMLButtonElement).click();
    await settleRoutedPage(harness);
    expect(mutations.map((m) => m.variables)).toEqual([{ clientId: 'c1', expiresAt: null }]);
    expect(text(page.querySelector('[data-testid="token-secret-value"]'))).toBe('dvc_ZyXwVuTs_secret_value');
    (page.querySelector('[data-testid="copy-secret"]') as HTMLButtonElement).click();
    await settleRoutedPage(harness);
    expect(writeText).toHaveBeenCalledWith('dvc_ZyXwVuTs_secret_value');
    expect(page.querySelectorAll('[data-testid^="token-t"]')).toHaveLength(2);
  });

  it('revokes a token after confirmation', async () => {
    jest.spyOn(window, 'confirm').mockReturnValue(true);
    const harness = await open();
    const page = harness.routeNativeElement as HTMLElement;
    (page.querySelector('[data-testid="token-t1"] button') as HTMLButtonElement).click();
    await settleRoutedPage(harness);
    expect(mutations.map((m) => [m.mutation === RevokeApiTokenDocument, m.variables])).toEqual([
      [true, { id: 't1' }],
    ]);
    expect(page.querySelector('[data-testid="token-t1"] button')).toBeNull();
  });
});
