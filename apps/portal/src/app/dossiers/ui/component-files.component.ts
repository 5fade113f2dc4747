import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import type { DossierFileFieldsFragment } from '@dvc/portal/data-access';
import { componentNeedsFile } from '@dvc/shared/domain';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { acceptAttribute, fileSize, IntakeComponent } from '../model/dossier-format';
import { RemoveFileButtonComponent } from './remove-file-button.component';

/** A file chosen in the browser, waiting for the next save. */
export interface PendingFile {
  key: string;
  componentId: string;
  file: File;
  /** 0–100 while uploading, null before. */
  progress: number | null;
  error: string | null;
}

/**
 * One thành phần hồ sơ: required mark, accepted types, size limit, template download, the files
 * already attached (remove / undo) and the new ones with their upload progress and errors. The
 * procedure's declaration says it is filled in from the form, and offers Tải tờ khai đã điền.
 */
@Component({
  selector: 'app-component-files',
  imports: [TranslatePipe, RemoveFileButtonComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let c = component();
    <section
      class="component card"
      [attr.aria-labelledby]="id() + '-name'"
      [attr.data-testid]="'component-' + c.position"
    >
      <header class="component__head">
        <h3 class="component__name" [id]="id() + '-name'">
          {{ c.position }}. {{ c.name }}
          @if (c.required && !fromForm()) {
            <span class="field__required" aria-hidden="true">*</span>
          }
        </h3>
        @if (fromForm()) {
          <span class="badge badge--success">{{ 'dossiers.files.fromForm' | t }}</span>
        } @else {
          <span [class]="c.required ? 'badge badge--warning' : 'badge'">
            {{ (c.required ? 'dossiers.files.required' : 'dossiers.files.optional') | t }}
          </span>
        }
      </header>
      @if (c.description) {
        <p class="component__desc">{{ c.description }}</p>
      }
      <p class="component__meta" [id]="id() + '-rules'">
        {{ 'dossiers.files.accepted' | t: { types: types() } }} ·
        {{ 'dossiers.files.maxSize' | t: { size: c.maxSizeMb } }}
        @if (c.originals || c.copies) {
          · {{ 'dossiers.files.copies' | t: { originals: c.originals, copies: c.copies } }}
        }
      </p>
      @if (c.isDeclaration) {
        <p class="component__declaration" data-testid="declaration-note">
          {{
            (c.requiresSignature ? 'dossiers.files.declarationSign' : 'dossiers.files.declarationFromForm')
              | t
          }}
        </p>
      }
      @if (c.template || filledUrl()) {
        <p class="component__downloads">
          @if (c.template; as tpl) {
            <a [href]="tpl.url" download class="component__template" data-testid="template-link">
              {{ 'dossiers.files.template' | t }} ({{ tpl.fileName }})
            </a>
          }
          @if (filledUrl(); as url) {
            <a
              [href]="url"
              download
              class="component__template"
              data-testid="filled-declaration-link"
              [attr.aria-label]="'dossiers.files.filledDeclarationLabel' | t: { name: c.name }"
            >
              {{ 'dossiers.files.filledDeclaration' | t }}
            </a>
          }
        </p>
      }

      <ul class="files" [attr.aria-label]="c.name">
        @for (f of existing(); track f.id) {
          <li
            class="files__item"
            [class.files__item--removed]="removedIds().has(f.id)"
            data-testid="existing-file"
          >
            <a [href]="f.downloadUrl" class="files__name">{{ f.fileName }}</a>
            <span class="files__size">{{ size(f.size) }}</span>
            @if (removedIds().has(f.id)) {
              <span class="badge badge--danger">{{ 'dossiers.files.willRemove' | t }}</span>
              <button
                type="button"
                class="btn btn--sm"
                [disabled]="disabled()"
                (click)="toggleExisting.emit(f.id)"
              >
                {{ 'dossiers.files.undo' | t }}
              </button>
            } @else {
              <app-remove-file-button
                [fileName]="f.fileName"
                [disabled]="disabled()"
                (removeFile)="toggleExisting.emit(f.id)"
              />
            }
          </li>
        }
        @for (p of pending(); track p.key) {
          <li class="files__item" [class.files__item--error]="!!p.error" data-testid="pending-file">
            <span class="files__name">{{ p.file.name }}</span>
            <span class="badge badge--info">{{ 'dossiers.files.new' | t }}</span>
            <span class="files__size">{{ size(p.file.size) }}</span>
            @if (p.progress !== null && !p.error) {
              <progress
                class="files__progress"
                max="100"
                [value]="p.progress"
                [attr.aria-label]="'dossiers.files.progress' | t: { percent: p.progress }"
              ></progress>
            }
            <app-remove-file-button
              [fileName]="p.file.name"
              [disabled]="disabled()"
              (removeFile)="removePending.emit(p.key)"
            />
            @if (p.error) {
              <p class="field__error files__error" role="alert" data-testid="file-error">
                {{ p.error }}
                <button
                  type="button"
                  class="btn btn--link btn--sm"
                  [attr.aria-label]="'dossiers.files.clearErrorLabel' | t: { name: p.file.name }"
                  (click)="clearError.emit(p.key)"
                >
                  {{ 'dossiers.files.clearError' | t }}
                </button>
              </p>
            }
          </li>
        } @empty {
          @if (existing().length === 0) {
            <li class="files__none">{{ 'dossiers.files.none' | t }}</li>
          }
        }
      </ul>

      <div class="component__picker">
        <label class="btn btn--sm" [attr.for]="id() + '-input'">{{ 'dossiers.files.choose' | t }}</label>
        <input
          class="visually-hidden component__input"
          type="file"
          multiple
          [id]="id() + '-input'"
          [accept]="accept()"
          [disabled]="disabled()"
          [attr.aria-label]="'dossiers.files.chooseLabel' | t: { name: c.name }"
          [attr.aria-describedby]="id() + '-rules'"
          [attr.data-testid]="'file-input-' + c.position"
          (change)="picked($event)"
        />
      </div>
      @if (error(); as e) {
        <p class="field__error" [attr.data-testid]="'component-error-' + c.position">{{ e }}</p>
      }
    </section>
  `,
  styleUrl: './component-files.component.scss',
})
export class ComponentFilesComponent {
  private readonly i18n = inject(I18nService);
  readonly component = input.required<IntakeComponent>();
  readonly existing = input<readonly DossierFileFieldsFragment[]>([]);
  readonly removedIds = input<ReadonlySet<string>>(new Set());
  readonly pending = input<readonly PendingFile[]>([]);
  readonly error = input<string | null>(null);
  readonly disabled = input(false);
  /** The saved dossier, for Tải tờ khai đã điền (null before the first save). */
  readonly dossierId = input<string | null>(null);
  readonly add = output<File[]>();
  readonly removePending = output<string>();
  readonly toggleExisting = output<string>();
  readonly clearError = output<string>();

  protected readonly id = computed(() => `c-${this.component().id}`);
  /** A declaration the intake form fills in: nothing to attach (the shared componentNeedsFile rule). */
  protected readonly fromForm = computed(() => {
    const c = this.component();
    return c.isDeclaration && !componentNeedsFile(c);
  });
  /** The declaration filled in from the saved form (GET /files/declarations/…), once there is a dossier. */
  protected readonly filledUrl = computed(() => {
    const id = this.dossierId();
    const c = this.component();
    return id && c.isDeclaration ? `/files/declarations/${id}/${c.id}` : null;
  });
  protected readonly accept = computed(() => acceptAttribute(this.component().acceptedTypes));
  protected readonly types = computed(() =>
    this.component()
      .acceptedTypes.map((t) => t.toUpperCase())
      .join(', '),
  );

  protected size(bytes: number): string {
    return fileSize(bytes, this.i18n.lang());
  }

  protected picked(event: Event): void {
    const input = event.target as HTMLInputElement;
    const files = Array.from(input.files ?? []);
    if (files.length) this.add.emit(files);
    // Let the same file be picked again after it was removed.
    input.value = '';
  }
}
