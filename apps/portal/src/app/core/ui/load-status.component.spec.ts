import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { Load } from '../apollo/load-state';
import { LoadStatusComponent } from './load-status.component';

@Component({
  imports: [LoadStatusComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-load-status
      [state]="state()"
      [showSpinner]="spinner()"
      loading="dossiers.detail.loading"
      missing="dossiers.detail.notFound"
      backText="officer.review.back"
      backLink="/can-bo"
      missingTestId="missing"
      (retry)="retries = retries + 1"
    />
  `,
})
class HostComponent {
  readonly state = signal<Load<string>>({ status: 'loading' });
  readonly spinner = signal(true);
  retries = 0;
}

describe('LoadStatusComponent', () => {
  it('shows the spinner, "not found" with the way back, the failure with a retry, and nothing when ready', async () => {
    await TestBed.configureTestingModule({
      imports: [HostComponent],
      providers: [provideRouter([])],
    }).compileComponents();
    const fixture = TestBed.createComponent(HostComponent);
    const html = fixture.nativeElement as HTMLElement;
    const host = fixture.componentInstance;
    fixture.detectChanges();
    expect(html.querySelector('[role="status"]')).not.toBeNull();

    host.spinner.set(false);
    fixture.detectChanges();
    expect(html.querySelector('[role="status"]')).toBeNull();

    host.state.set({ status: 'missing' });
    fixture.detectChanges();
    expect(html.querySelector('[data-testid="missing"] a')?.getAttribute('href')).toBe('/can-bo');

    host.state.set({ status: 'error', message: 'x' });
    fixture.detectChanges();
    html.querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    expect(host.retries).toBe(1);

    host.state.set({ status: 'ready', data: 'ok' });
    fixture.detectChanges();
    expect(html.textContent?.trim()).toBe('');
  });
});
