import { ChangeDetectionStrategy, Component, input, model } from '@angular/core';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { SUPPLEMENT_COMMENT_MAX, SupplementRow, SupplementTarget } from '../model/supplement-items';

/**
 * The items of a supplement request: each row picks a component or a field of the form, then says
 * what is missing; rows can be added and removed. Validation is buildSupplementItems'.
 */
@Component({
  selector: 'app-supplement-rows',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fieldset class="rows">
      <legend class="field__label">{{ 'officer.dialog.items' | t }}</legend>
      <p class="field__help">{{ 'officer.dialog.itemsHelp' | t }}</p>
      <ol class="rows__list">
        @for (row of rows(); track row.key; let i = $index) {
          <li class="rows__row" data-testid="supplement-row">
            <div class="field">
              <label class="field__label" [for]="'sr-target-' + row.key">
                {{ 'officer.dialog.target' | t: { n: i + 1 } }}
              </label>
              <select
                class="input"
                [id]="'sr-target-' + row.key"
                [value]="row.target"
                [attr.aria-invalid]="errors().get(row.key) ? true : null"
                [attr.aria-describedby]="errors().get(row.key) ? 'sr-error-' + row.key : null"
                (change)="set(row.key, 'target', $any($event.target).value)"
                data-testid="supplement-target"
              >
                <option value="">{{ 'officer.dialog.pickTarget' | t }}</option>
                <optgroup [label]="'officer.dialog.components' | t">
                  @for (t of components(); track t.value) {
                    <option [value]="t.value" [selected]="t.value === row.target">{{ t.label }}</option>
                  }
                </optgroup>
                @if (fields().length) {
                  <optgroup [label]="'officer.dialog.fields' | t">
                    @for (t of fields(); track t.value) {
                      <option [value]="t.value" [selected]="t.value === row.target">{{ t.label }}</option>
                    }
                  </optgroup>
                }
              </select>
            </div>
            <div class="field">
              <label class="field__label" [for]="'sr-comment-' + row.key">{{
                'officer.dialog.comment' | t
              }}</label>
              <textarea
                class="input"
                rows="2"
                [id]="'sr-comment-' + row.key"
                [maxLength]="max"
                [value]="row.comment"
                (input)="set(row.key, 'comment', $any($event.target).value)"
                data-testid="supplement-comment"
              ></textarea>
            </div>
            @if (errors().get(row.key); as e) {
              <p class="field__error" [id]="'sr-error-' + row.key">{{ e }}</p>
            }
            @if (rows().length > 1) {
              <button
                type="button"
                class="btn btn--sm btn--danger"
                [attr.aria-label]="'officer.dialog.removeItemLabel' | t: { n: i + 1 }"
                (click)="remove(row.key)"
              >
                {{ 'officer.dialog.removeItem' | t }}
              </button>
            }
          </li>
        }
      </ol>
      <button type="button" class="btn btn--sm" (click)="add()" data-testid="supplement-add">
        + {{ 'officer.dialog.addItem' | t }}
      </button>
    </fieldset>
  `,
  styles: `
    .rows {
      border: 0;
      padding: 0;
      margin: 0.75rem 0;
    }
    .rows__list {
      padding-left: 1.2rem;
    }
    .rows__row {
      padding: 0.5rem 0;
      border-bottom: 1px solid var(--c-border);
    }
    textarea {
      width: 100%;
    }
  `,
})
export class SupplementRowsComponent {
  readonly rows = model.required<SupplementRow[]>();
  readonly targets = input.required<readonly SupplementTarget[]>();
  readonly errors = input<ReadonlyMap<number, string>>(new Map());
  protected readonly max = SUPPLEMENT_COMMENT_MAX;

  protected components = () => this.targets().filter((t) => t.kind === 'component');
  protected fields = () => this.targets().filter((t) => t.kind === 'field');

  protected set(key: number, prop: 'target' | 'comment', value: string): void {
    this.rows.update((rows) => rows.map((r) => (r.key === key ? { ...r, [prop]: value } : r)));
  }

  protected add(): void {
    const key = Math.max(0, ...this.rows().map((r) => r.key)) + 1;
    this.rows.update((rows) => [...rows, { key, target: '', comment: '' }]);
  }

  protected remove(key: number): void {
    this.rows.update((rows) => rows.filter((r) => r.key !== key));
  }
}
