import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { CatalogFiltersDocument, ServicesDocument } from '@dvc/portal/data-access';
import { Apollo } from 'apollo-angular';
import type { DocumentNode } from 'graphql';
import { of, Subject } from 'rxjs';
import { ServiceListPage } from './service-list.page';

@Component({ template: 'elsewhere', changeDetection: ChangeDetectionStrategy.OnPush })
class ElsewhereStub {}

describe('ServiceListPage search box', () => {
  beforeEach(() => {
    const apollo = {
      query: ({ query }: { query: DocumentNode }) => {
        if (query === CatalogFiltersDocument) return of({ data: { agencies: [], sectors: [] } });
        if (query === ServicesDocument) {
          return of({ data: { services: { items: [], totalCount: 0, page: 1, pageSize: 20 } } });
        }
        throw new Error('unexpected query');
      },
    };
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'dich-vu-cong', component: ServiceListPage },
          { path: 'dang-nhap', component: ElsewhereStub },
        ]),
        { provide: Apollo, useValue: apollo },
      ],
    });
  });

  const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

  it('searches what the citizen typed once they pause', async () => {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/dich-vu-cong', ServiceListPage);
    const input = harness.routeNativeElement!.querySelector('input[type=search]') as HTMLInputElement;
    input.value = 'khai sinh';
    input.dispatchEvent(new Event('input'));
    await wait(400);
    expect(TestBed.inject(Router).url).toBe('/dich-vu-cong?q=khai%20sinh');
  });

  it('does not pull the citizen back when they leave within the debounce', async () => {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/dich-vu-cong', ServiceListPage);
    const input = harness.routeNativeElement!.querySelector('input[type=search]') as HTMLInputElement;
    input.value = 'khai sinh';
    input.dispatchEvent(new Event('input'));
    await harness.navigateByUrl('/dang-nhap');
    await wait(400);
    expect(TestBed.inject(Router).url).toBe('/dang-nhap');
  });
});

describe('ServiceListPage first load', () => {
  const filters = new Subject<{ data: unknown }>();
  const asked: unknown[] = [];

  beforeEach(() => {
    asked.length = 0;
    const apollo = {
      query: ({ query, variables }: { query: DocumentNode; variables?: { filter: unknown } }) => {
        if (query === CatalogFiltersDocument) return filters;
        asked.push(variables?.filter);
        return of({ data: { services: { items: [], totalCount: 7, page: 1, pageSize: 20 } } });
      },
    };
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'dich-vu-cong', component: ServiceListPage }]),
        { provide: Apollo, useValue: apollo },
      ],
    });
  });

  const agencies = [{ id: 'a1', code: 'BTP', name: 'Bộ Tư pháp', level: 'MINISTRY', serviceCount: 7 }];

  it('asks for the first page without waiting for the filters, and only once', async () => {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/dich-vu-cong', ServiceListPage);
    harness.detectChanges();
    expect(asked).toEqual([{ search: null, agencyId: null, sectorId: null, onlineLevel: null }]);
    expect(harness.routeNativeElement!.querySelector('[data-testid="result-count"]')?.textContent).toContain(
      '7',
    );
    filters.next({ data: { agencies, sectors: [] } });
    harness.detectChanges();
    expect(asked).toHaveLength(1);
  });

  it('waits for the filters when the address names an agency by its code', async () => {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/dich-vu-cong?co-quan=BTP', ServiceListPage);
    expect(asked).toEqual([]);
    filters.next({ data: { agencies, sectors: [] } });
    harness.detectChanges();
    expect(asked).toEqual([{ search: null, agencyId: 'a1', sectorId: null, onlineLevel: null }]);
  });
});
