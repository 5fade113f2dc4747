import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input, TemplateRef } from '@angular/core';
import { formatDateTime } from '@dvc/shared/domain';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { fileSize } from '../model/dossier-format';

export interface SubmittedFile {
  id: string;
  fileName: string;
  size: number;
  downloadUrl: string;
  uploadedAt: string;
}

export interface SubmittedComponent {
  id: string;
  position: number;
  name: string;
  required: boolean;
  files: readonly SubmittedFile[];
}

/**
 * The files of a dossier, component by component, shared by the citizen's dossier page and the
 * officer's review page: a download link with size and time, or the page's own `fileTemplate`
 * (the officer's preview); an officer's comment beside a component, when asked for.
 */
@Component({
  selector: 'app-submitted-files',
  imports: [NgTemplateOutlet, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './dossier-view.scss',
  styles: `
    :host {
      display: contents;
    }
    .files {
      padding-left: 1.2rem;
    }
    .files--plain {
      list-style: none;
      padding-left: 0;
      li {
        padding: 0.25rem 0;
      }
    }
  `,
  template: `
    <section class="card" [attr.aria-labelledby]="headingId()">
      <h2 [id]="headingId()" class="card__title">{{ 'dossiers.detail.files' | t }}</h2>
      @for (c of components(); track c.id) {
        <h3 class="component-title">
          {{ c.position }}. {{ c.name }}
          @if (showRequired() && c.required) {
            <span class="badge badge--warning">{{ 'dossiers.files.required' | t }}</span>
          }
        </h3>
        @if (comments()?.get(c.id); as comment) {
          <p class="comment" [attr.data-testid]="'component-comment-' + c.position">
            <span class="comment__tag">{{ 'dossiers.followUp.commentTag' | t }}</span> {{ comment }}
          </p>
        }
        @if (c.files.length) {
          <ul class="files" [class.files--plain]="!!fileTemplate()">
            @for (f of c.files; track f.id) {
              <li>
                @if (fileTemplate(); as tpl) {
                  <ng-container *ngTemplateOutlet="tpl; context: { $implicit: f }" />
                } @else {
                  <a [href]="f.downloadUrl" data-testid="detail-file">{{ f.fileName }}</a>
                  <span class="muted"> · {{ size(f.size) }} · {{ dateTime(f.uploadedAt) }}</span>
                }
              </li>
            }
          </ul>
        } @else {
          <p class="muted">{{ 'dossiers.detail.noFiles' | t }}</p>
        }
      }
    </section>
  `,
})
export class SubmittedFilesComponent {
  private readonly i18n = inject(I18nService);
  readonly components = input.required<readonly SubmittedComponent[]>();
  readonly headingId = input.required<string>();
  /** Comments by component id (an open supplement request). */
  readonly comments = input<ReadonlyMap<string, string> | null>(null);
  /** A "required" badge beside the components that must have a file. */
  readonly showRequired = input(false);
  /** How one file is shown instead of the download link (context: the file). */
  readonly fileTemplate = input<TemplateRef<{ $implicit: SubmittedFile }> | null>(null);

  protected size(bytes: number): string {
    return fileSize(bytes, this.i18n.lang());
  }

  protected dateTime(value: string): string {
    return formatDateTime(value) || this.i18n.t('dossiers.detail.none');
  }
}
