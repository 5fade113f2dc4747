import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { By } from '@angular/platform-browser';
import { provideRouter, Route, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { Apollo } from 'apollo-angular';
import { NEVER } from 'rxjs';
import { routes } from '../../app.routes';
import { OFFICER_ROUTES } from '../../officer/officer.routes';
import { StatisticsDashboardComponent } from './statistics-dashboard.component';

@Component({ template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class Blank {}

describe('StatisticsPage', () => {
  /** The app's own route (data and lazy component), without its guards. */
  async function open(route: Route) {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [
            { ...route, path: 'stats', canActivate: [] },
            { path: '**', component: Blank },
          ],
          withComponentInputBinding(),
        ),
        { provide: Apollo, useValue: { query: () => NEVER } },
      ],
    });
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/stats');
    harness.detectChanges();
    const el = harness.routeNativeElement as HTMLElement;
    const dashboard = harness.fixture.debugElement.query(By.directive(StatisticsDashboardComponent))
      .componentInstance as StatisticsDashboardComponent;
    return { el, dashboard };
  }

  it('/thong-ke: the public figures per agency', async () => {
    const { el, dashboard } = await open(routes.find((r) => r.path === 'thong-ke')!);
    expect(el.querySelector('h1')?.textContent?.trim()).toBe('Thống kê giải quyết hồ sơ');
    expect(el.textContent).toContain('Số liệu công khai của từng cơ quan');
    expect(dashboard.mode()).toBe('public');
    expect(dashboard.byProcedure()).toBe(false);
  });

  it('/can-bo/thong-ke: the officer’s agency per procedure', async () => {
    const officer = OFFICER_ROUTES[0].children!.find((r) => r.path === 'thong-ke')!;
    const { el, dashboard } = await open(officer);
    expect(el.querySelector('h1')?.textContent?.trim()).toBe('Thống kê cơ quan');
    expect(el.textContent).toContain('theo từng thủ tục');
    expect(dashboard.mode()).toBe('staff');
    expect(dashboard.byProcedure()).toBe(true);
  });
});
