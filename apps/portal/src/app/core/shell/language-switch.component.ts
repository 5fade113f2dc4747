import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { Lang, LANGS } from '../i18n/dictionaries';
import { I18nService } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/translate.pipe';

@Component({
  selector: 'app-language-switch',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="lang" role="group" [attr.aria-label]="'core.lang.label' | t">
      @for (lang of langs; track lang) {
        <button
          type="button"
          class="lang__btn"
          [class.lang__btn--active]="i18n.lang() === lang"
          [attr.aria-pressed]="i18n.lang() === lang"
          [attr.lang]="lang"
          [attr.data-testid]="'lang-' + lang"
          (click)="select(lang)"
        >
          {{ 'core.lang.' + lang | t }}
        </button>
      }
    </div>
  `,
  styles: `
    .lang {
      display: flex;
      gap: 0.25rem;
    }
    .lang__btn {
      background: transparent;
      color: #fff;
      border: 1px solid transparent;
      border-radius: 4px;
      padding: 0.15rem 0.5rem;
      font: inherit;
      white-space: nowrap;
      cursor: pointer;
      opacity: 0.85;
    }
    .lang__btn:hover,
    .lang__btn:focus-visible {
      opacity: 1;
      border-color: rgba(255, 255, 255, 0.6);
    }
    .lang__btn--active {
      opacity: 1;
      font-weight: 700;
      border-color: rgba(255, 255, 255, 0.6);
    }
  `,
})
export class LanguageSwitchComponent {
  protected readonly i18n = inject(I18nService);
  protected readonly langs = LANGS;

  protected select(lang: Lang): void {
    void this.i18n.switchTo(lang);
  }
}
