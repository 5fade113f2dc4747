import { ChangeDetectionStrategy, Component, inject, OnInit, output, signal } from '@angular/core';
import { CaptchaDocument } from '@dvc/portal/data-access';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { toUiError } from '../../core/apollo/graphql-errors';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';

/** The captcha image with a refresh button; emits the id of each new captcha. */
@Component({
  selector: 'app-captcha',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="captcha">
      @if (image(); as src) {
        <img
          class="captcha__image"
          [src]="src"
          [alt]="'account.fields.captchaImage' | t"
          width="180"
          height="60"
          data-testid="captcha-image"
        />
      } @else if (failed()) {
        <span class="field__error">{{ failed() }}</span>
      } @else {
        <span class="captcha__placeholder"
          ><span class="spinner" aria-hidden="true"></span> {{ 'account.fields.captchaLoading' | t }}</span
        >
      }
      <button
        type="button"
        class="btn btn--sm"
        (click)="refresh()"
        [disabled]="loading()"
        data-testid="captcha-refresh"
      >
        ↻ {{ 'account.fields.refreshCaptcha' | t }}
      </button>
    </div>
  `,
  styles: `
    .captcha {
      display: flex;
      align-items: center;
      gap: 0.75rem;
      flex-wrap: wrap;
    }
    .captcha__image {
      border: 1px solid var(--c-border);
      border-radius: var(--radius);
      background: #f3f6f9;
    }
    .captcha__placeholder {
      display: inline-flex;
      align-items: center;
      gap: 0.5rem;
      min-height: 60px;
      color: var(--c-muted);
    }
  `,
})
export class CaptchaComponent implements OnInit {
  private readonly apollo = inject(Apollo);
  private readonly i18n = inject(I18nService);
  readonly changed = output<string>();
  protected readonly image = signal<string | null>(null);
  protected readonly loading = signal(false);
  protected readonly failed = signal<string | null>(null);

  ngOnInit(): void {
    void this.refresh();
  }

  async refresh(): Promise<void> {
    this.loading.set(true);
    this.failed.set(null);
    try {
      const res = await firstValueFrom(
        this.apollo.query({ query: CaptchaDocument, fetchPolicy: 'no-cache' }),
      );
      const captcha = res.data?.captcha;
      if (!captcha) throw new Error('no captcha');
      // Our own server-drawn SVG, shown as an image (scripts in an <img> never run).
      this.image.set(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(captcha.svg)}`);
      this.changed.emit(captcha.id);
    } catch (error) {
      this.image.set(null);
      this.failed.set(
        toUiError(error, this.i18n.lang()).message || this.i18n.t('account.fields.captchaFailed'),
      );
    } finally {
      this.loading.set(false);
    }
  }
}
