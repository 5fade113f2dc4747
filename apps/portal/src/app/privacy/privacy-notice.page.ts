import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { PRIVACY_NOTICE_VERSION } from '@dvc/shared/domain';
import { AuthStore } from '../core/auth/auth.store';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import { PageHeaderComponent } from '../core/ui/page-header.component';

/** One section of the notice: its heading key and its item keys (privacy.json, `notice.*`). */
interface NoticeSection {
  id: string;
  title: string;
  items: string[];
}

const items = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, i) => `privacy.notice.${prefix}${i + 1}`);

/**
 * Chính sách bảo vệ dữ liệu cá nhân (/chinh-sach-bao-ve-du-lieu): what is collected, why, how long it
 * is kept and the citizen's rights (Decree 13/2023/NĐ-CP, Law 91/2025/QH15). Public; the register
 * page's consent box links here, and the version shown is the one stored with the consent.
 */
@Component({
  selector: 'app-privacy-notice-page',
  imports: [RouterLink, TranslatePipe, PageHeaderComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="container page page--medium">
      <app-page-header [heading]="'privacy.notice.title' | t" [intro]="'privacy.notice.intro' | t" />
      <article class="card notice" data-testid="privacy-notice">
        <p class="notice__version">{{ 'privacy.notice.version' | t: { version: version } }}</p>
        @for (s of sections; track s.id) {
          <h2 [id]="'notice-' + s.id">{{ s.title | t }}</h2>
          <ul [attr.aria-labelledby]="'notice-' + s.id">
            @for (item of s.items; track item) {
              <li>{{ item | t }}</li>
            }
          </ul>
        }
        <p>
          {{ 'privacy.notice.exercise' | t }}
          @if (auth.isLoggedIn()) {
            <a routerLink="/ho-so-ca-nhan/du-lieu-ca-nhan">{{ 'privacy.notice.toData' | t }}</a>
          }
        </p>
        <h2>{{ 'privacy.notice.contactTitle' | t }}</h2>
        <p>{{ 'privacy.notice.contact' | t }}</p>
      </article>
    </section>
  `,
  styles: `
    .notice h2 {
      font-size: 1.15rem;
      margin: 1.5rem 0 0.5rem;
    }
    .notice ul {
      margin: 0;
      padding-left: 1.25rem;
    }
    .notice li {
      margin: 0.25rem 0;
    }
    .notice__version {
      color: var(--c-muted, #555);
      font-size: 0.9rem;
    }
  `,
})
export class PrivacyNoticePage {
  protected readonly auth = inject(AuthStore);
  protected readonly version = PRIVACY_NOTICE_VERSION;
  protected readonly sections: NoticeSection[] = [
    { id: 'collected', title: 'privacy.notice.collectedTitle', items: items('collected', 4) },
    { id: 'purpose', title: 'privacy.notice.purposeTitle', items: items('purpose', 3) },
    { id: 'retention', title: 'privacy.notice.retentionTitle', items: items('retention', 4) },
    { id: 'rights', title: 'privacy.notice.rightsTitle', items: items('right', 5) },
  ];
}
