import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { PROCESSING_NOTE_MAX_LENGTH } from '@dvc/shared/domain';
import { Apollo } from 'apollo-angular';
import { DocumentNode } from 'graphql';
import { firstValueFrom, lastValueFrom, tap } from 'rxjs';
import { toUiError, UiError } from '../../core/apollo/graphql-errors';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { acceptAttribute, extensionAccepted, fileSize } from '../../dossiers/model/dossier-format';
import { RemoveFileButtonComponent } from '../../dossiers/ui/remove-file-button.component';
import { DialogComponent } from '../../core/ui/dialog.component';
import { TextareaFieldComponent } from '../../core/ui/textarea-field.component';
import {
  ACTION_DOCUMENTS,
  CONFLICT_CODES,
  OfficerAction,
  RESULT_MAX_MB,
  RESULT_TYPES,
} from '../model/officer-actions';
import { ResultUploadService, ReviewedDossier } from '../model/result-upload.service';
import { buildSupplementItems, SupplementRow, supplementTargets } from '../model/supplement-items';
import { SupplementRowsComponent } from './supplement-rows.component';

interface ResultFile {
  key: number;
  file: File;
  progress: number | null;
}

/**
 * The dialog behind each action button: a note; the supplement items; the result files with their
 * upload progress; the rejection reason. It sends the action with the version on screen; a stale or
 * no-longer-allowed answer is handed to the page (`conflict`), which reloads the dossier.
 */
@Component({
  selector: 'app-action-dialog',
  imports: [
    TranslatePipe,
    DialogComponent,
    SupplementRowsComponent,
    TextareaFieldComponent,
    RemoveFileButtonComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './action-dialog.component.html',
  styles: `
    .files {
      list-style: none;
      padding: 0;
      margin: 0.5rem 0;
    }
    .files li {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
      padding: 0.3rem 0;
    }
    .files progress {
      width: 8rem;
    }
    textarea {
      width: 100%;
    }
  `,
})
export class ActionDialogComponent {
  private readonly apollo = inject(Apollo);
  private readonly uploads = inject(ResultUploadService);
  protected readonly i18n = inject(I18nService);

  readonly action = input.required<OfficerAction>();
  readonly dossier = input.required<ReviewedDossier>();
  readonly done = output<ReviewedDossier>();
  readonly conflict = output<string>();
  readonly closed = output<void>();

  protected readonly noteMax = PROCESSING_NOTE_MAX_LENGTH;
  protected readonly maxMb = RESULT_MAX_MB;
  protected readonly accept = acceptAttribute(RESULT_TYPES);
  protected readonly note = signal('');
  protected readonly reason = signal('');
  protected readonly rows = signal<SupplementRow[]>([{ key: 1, target: '', comment: '' }]);
  protected readonly files = signal<ResultFile[]>([]);
  protected readonly busy = signal(false);
  protected readonly percent = signal<number | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly fieldErrors = signal<Record<string, string>>({});
  protected readonly rowErrors = signal<ReadonlyMap<number, string>>(new Map());
  private nextKey = 1;

  protected readonly targets = computed(() =>
    supplementTargets(this.dossier().service.components, this.dossier().service.formFields),
  );
  protected readonly heading = computed(() => this.i18n.t(`officer.actions.${this.action()}`));

  protected addFiles(event: Event): void {
    const input = event.target as HTMLInputElement;
    const picked = Array.from(input.files ?? []);
    input.value = '';
    const errors: string[] = [];
    const accepted = picked.filter((file) => {
      if (!extensionAccepted(file.name, RESULT_TYPES)) {
        errors.push(this.i18n.t('officer.dialog.fileType', { name: file.name }));
        return false;
      }
      if (file.size > RESULT_MAX_MB * 1024 * 1024) {
        errors.push(this.i18n.t('officer.dialog.fileSize', { name: file.name, size: RESULT_MAX_MB }));
        return false;
      }
      return true;
    });
    this.files.update((list) => [
      ...list,
      ...accepted.map((file) => ({ key: ++this.nextKey, file, progress: null })),
    ]);
    this.fieldErrors.update((e) => ({ ...e, files: errors.join(' ') }));
  }

  protected removeFile(key: number): void {
    this.files.update((list) => list.filter((f) => f.key !== key));
  }

  protected size(bytes: number): string {
    return fileSize(bytes, this.i18n.lang());
  }

  protected async send(): Promise<void> {
    if (this.busy()) return;
    this.error.set(null);
    const d = this.dossier();
    const base = { id: d.id, expectedVersion: d.version };
    const note = this.note().trim() || null;
    let variables: Record<string, unknown>;
    switch (this.action()) {
      case 'REJECT': {
        const reason = this.reason().trim();
        if (!reason) return this.invalid({ reason: this.i18n.t('officer.dialog.reasonRequired') });
        variables = { ...base, reason };
        break;
      }
      case 'REQUEST_SUPPLEMENT': {
        const built = buildSupplementItems(this.rows());
        this.rowErrors.set(
          new Map([...built.errors].map(([key, code]) => [key, this.i18n.t(`officer.dialog.row.${code}`)])),
        );
        if (built.empty) return this.invalid({ items: this.i18n.t('officer.dialog.itemsRequired') });
        if (built.errors.size) return this.invalid({});
        variables = { ...base, note, items: built.items };
        break;
      }
      case 'COMPLETE':
        if (!this.files().length) return this.invalid({ files: this.i18n.t('officer.dialog.filesRequired') });
        return this.complete({ ...base, note });
      default:
        variables = { ...base, note };
    }
    this.fieldErrors.set({});
    this.busy.set(true);
    try {
      const mutation = ACTION_DOCUMENTS[this.action() as keyof typeof ACTION_DOCUMENTS] as DocumentNode;
      const res = await firstValueFrom(
        this.apollo.mutate<Record<string, ReviewedDossier>>({ mutation, variables }),
      );
      const dossier = res.data ? Object.values(res.data)[0] : null;
      if (!dossier) throw new Error('The action answered nothing');
      this.done.emit(dossier);
    } catch (e) {
      this.failed(toUiError(e, this.i18n.lang()));
    } finally {
      this.busy.set(false);
    }
  }

  private async complete(variables: {
    id: string;
    expectedVersion: number;
    note: string | null;
  }): Promise<void> {
    this.fieldErrors.set({});
    this.busy.set(true);
    this.percent.set(0);
    const files = this.files();
    try {
      let dossier: ReviewedDossier | null = null;
      await lastValueFrom(
        this.uploads
          .complete(
            variables,
            files.map((f) => f.file),
            this.i18n.lang(),
          )
          .pipe(
            tap((event) => {
              if (event.type === 'done') dossier = event.dossier;
              else {
                this.percent.set(event.percent);
                this.files.update((list) =>
                  list.map((f, i) => ({ ...f, progress: event.perFile[i] ?? f.progress })),
                );
              }
            }),
          ),
      );
      if (dossier) this.done.emit(dossier);
    } catch (e) {
      this.failed(e as UiError);
      this.files.update((list) => list.map((f) => ({ ...f, progress: null })));
    } finally {
      this.busy.set(false);
      this.percent.set(null);
    }
  }

  private invalid(errors: Record<string, string>): void {
    this.fieldErrors.set(errors);
    this.error.set(this.i18n.t('officer.dialog.fixErrors'));
  }

  private failed(error: UiError): void {
    if (CONFLICT_CODES.includes(error.code)) {
      this.conflict.emit(this.i18n.t(`officer.conflict.${error.code}`, { message: error.message }));
      return;
    }
    this.fieldErrors.set(error.fields);
    this.error.set(error.message);
  }
}
