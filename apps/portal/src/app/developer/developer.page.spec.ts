import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { ErrorCode } from '@dvc/shared/domain';
import { DeveloperPage } from './developer.page';

describe('DeveloperPage', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideRouter([{ path: 'nha-phat-trien', component: DeveloperPage }])],
    });
  });

  it('shows the examples, every error code with its meaning, and links to the playground and schema', async () => {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/nha-phat-trien', DeveloperPage);
    harness.detectChanges();
    const page = harness.routeNativeElement as HTMLElement;
    expect(page.querySelector('h1')?.textContent).toContain('Dành cho nhà phát triển');
    expect(page.querySelector('[data-testid="example-search-curl"]')?.textContent).toContain(
      'authorization: Bearer $DVC_TOKEN',
    );
    expect(page.querySelector('[data-testid="example-webhook"]')?.textContent).toContain('timingSafeEqual');
    const codes = Array.from(page.querySelectorAll('[data-testid="error-codes"] tbody tr code')).map(
      (c) => c.textContent,
    );
    expect(codes).toEqual(Object.values(ErrorCode));
    expect(page.querySelector('[data-testid="playground-link"]')?.getAttribute('href')).toBe('/graphql');
    expect(page.querySelector('[data-testid="schema-link"]')?.getAttribute('href')).toBe(
      '/graphql/schema.graphql',
    );
  });
});
