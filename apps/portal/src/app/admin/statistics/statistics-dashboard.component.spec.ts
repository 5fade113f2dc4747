import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import {
  AgencyStatisticsDocument,
  PublicStatisticsDocument,
  StatisticsFiguresFragment,
} from '@dvc/portal/data-access';
import { Apollo } from 'apollo-angular';
import type { DocumentNode } from 'graphql';
import { of } from 'rxjs';
import { StatisticsDashboardComponent } from './statistics-dashboard.component';

const figures = (onTime: number, late: number): StatisticsFiguresFragment => ({
  received: onTime + late + 1,
  inProgress: 1,
  completedOnTime: onTime,
  completedLate: late,
  rejected: 0,
  supplementRequests: 2,
  averageProcessingDays: 3.5,
  onTimeRate: onTime / (onTime + late),
  averageRating: 4.25,
  ratingCount: 4,
});

@Component({
  imports: [StatisticsDashboardComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<app-statistics-dashboard [mode]="mode" [byProcedure]="byProcedure" />`,
})
class HostComponent {
  mode: 'staff' | 'public' = 'staff';
  byProcedure = false;
}

describe('StatisticsDashboardComponent', () => {
  let calls: { query: DocumentNode; variables: Record<string, unknown> }[];

  async function render(mode: 'staff' | 'public', byProcedure = false): Promise<HTMLElement> {
    calls = [];
    const report = {
      from: '2026-09-01T00:00:00Z',
      to: '2026-11-30T00:00:00Z',
      totals: figures(33, 11),
      agencies: [
        {
          agencyId: 'a1',
          agencyName: 'Sở Tư pháp',
          figures: figures(30, 10),
          procedures: [
            {
              procedureId: 'p1',
              procedureCode: '1.001',
              procedureName: 'Khai sinh',
              figures: figures(30, 10),
            },
          ],
        },
        { agencyId: 'a2', agencyName: 'UBND phường Hàng Bạc', figures: figures(3, 1), procedures: [] },
      ],
    };
    const apollo = {
      query: (call: { query: DocumentNode; variables: Record<string, unknown> }) => {
        calls.push(call);
        if (call.query === AgencyStatisticsDocument) return of({ data: { agencyStatistics: report } });
        if (call.query === PublicStatisticsDocument) return of({ data: { publicStatistics: report } });
        throw new Error('unexpected query');
      },
    };
    TestBed.configureTestingModule({ providers: [{ provide: Apollo, useValue: apollo }] });
    const fixture = TestBed.createComponent(HostComponent);
    fixture.componentInstance.mode = mode;
    fixture.componentInstance.byProcedure = byProcedure;
    fixture.detectChanges();
    await fixture.whenStable();
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  it('shows a labelled period, a chart with a text alternative and the table with totals', async () => {
    const el = await render('staff');
    expect(calls[0].query).toBe(AgencyStatisticsDocument);
    expect(new Date(calls[0].variables['to'] as string).getTime()).toBeGreaterThan(Date.now());
    for (const id of ['stats-from', 'stats-to']) {
      expect(el.querySelector(`label[for="${id}"]`)).not.toBeNull();
      expect(el.querySelector(`#${id}`)).not.toBeNull();
    }
    const svg = el.querySelector('[data-testid="statistics-chart"]') as SVGElement;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBeTruthy();
    expect(svg.querySelectorAll('rect')).toHaveLength(4);
    const rows = Array.from(el.querySelectorAll('[data-testid="statistics-table"] tbody tr')).map((r) =>
      Array.from(r.querySelectorAll('th, td')).map((c) => c.textContent?.trim()),
    );
    expect(rows.map((r) => r[0])).toEqual(['Sở Tư pháp', 'UBND phường Hàng Bạc', expect.any(String)]);
    expect(rows[0].slice(1, 7)).toEqual(['41', '1', '30', '10', '0', '2']);
    expect(rows[2][1]).toBe('45');
  });

  it('lists procedures for an officer, and asks the public query on /thong-ke', async () => {
    const officer = await render('staff', true);
    const first = officer.querySelector('[data-testid="statistics-table"] tbody tr th');
    expect(first?.textContent?.trim()).toBe('1.001 — Khai sinh');
    TestBed.resetTestingModule();
    await render('public');
    expect(calls[0].query).toBe(PublicStatisticsDocument);
  });
});
