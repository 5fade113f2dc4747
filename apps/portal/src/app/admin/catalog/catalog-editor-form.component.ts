import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { CatalogFieldsComponent } from './catalog-fields.component';
import { CatalogFieldSpec, CatalogForm } from './catalog-form';

/**
 * A console form in a card: heading, the general error (role="alert"), the controls, save and cancel.
 * The heading takes the focus when the form opens, so keyboard and screen-reader users land on it.
 * The heading is `heading`, or `catalogAdmin.<entity>.createTitle|editTitle` after `creating`;
 * `open` false hides the whole form (kept in the page, so its fields keep their state).
 */
@Component({
  selector: 'app-catalog-editor-form',
  imports: [TranslatePipe, CatalogFieldsComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[hidden]': '!open()' },
  template: `
    <form class="card" novalidate [attr.data-testid]="form().prefix + '-form'" (submit)="save.emit($event)">
      <h2 class="card__title" tabindex="-1" [id]="form().prefix + '-form-title'">{{ title() }}</h2>
      @if (form().error(); as message) {
        <div class="alert alert--error" role="alert" [attr.data-testid]="form().prefix + '-form-error'">
          {{ message }}
        </div>
      }
      <app-catalog-fields [form]="form()" [specs]="specs()" />
      <ng-content />
      <div class="actions">
        <button
          type="submit"
          class="btn btn--primary"
          [disabled]="form().saving()"
          [attr.data-testid]="form().prefix + '-save'"
        >
          @if (form().saving()) {
            <span class="spinner" aria-hidden="true"></span>
          }
          {{ 'catalogAdmin.common.save' | t }}
        </button>
        @if (cancellable()) {
          <button type="button" class="btn" (click)="cancelled.emit()">
            {{ 'catalogAdmin.common.cancel' | t }}
          </button>
        }
      </div>
    </form>
  `,
})
export class CatalogEditorFormComponent {
  private readonly i18n = inject(I18nService);
  readonly form = input.required<CatalogForm>();
  readonly specs = input.required<readonly CatalogFieldSpec[]>();
  readonly heading = input('');
  readonly entity = input('');
  readonly creating = input(false);
  readonly open = input(true);
  readonly cancellable = input(true);
  readonly save = output<Event>();
  readonly cancelled = output<void>();

  protected readonly title = computed(
    () =>
      this.heading() ||
      this.i18n.t(`catalogAdmin.${this.entity()}.${this.creating() ? 'createTitle' : 'editTitle'}`),
  );

  /** Called by the page after opening the form. */
  focus(): void {
    setTimeout(() => document.getElementById(`${this.form().prefix}-form-title`)?.focus());
  }
}
