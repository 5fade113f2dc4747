import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { Apollo } from 'apollo-angular';
import { NEVER } from 'rxjs';
import { AdminStatisticsPage } from './admin-statistics.page';

describe('AdminStatisticsPage', () => {
  it('links to the accounts, the audit log and the API clients', async () => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), { provide: Apollo, useValue: { query: () => NEVER } }],
    });
    const fixture = TestBed.createComponent(AdminStatisticsPage);
    fixture.detectChanges();
    await fixture.whenStable();
    const links = Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('a')).map((a) =>
      a.getAttribute('href'),
    );
    expect(links.filter((h) => h?.startsWith('/quan-tri/'))).toEqual([
      '/quan-tri/danh-muc',
      '/quan-tri/tai-khoan',
      '/quan-tri/nhat-ky',
      '/quan-tri/tich-hop',
    ]);
  });
});
