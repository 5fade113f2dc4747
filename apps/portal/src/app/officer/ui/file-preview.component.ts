import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  OnDestroy,
  signal,
} from '@angular/core';
import { DomSanitizer, SafeResourceUrl } from '@angular/platform-browser';
import type { DossierFileFieldsFragment } from '@dvc/portal/data-access';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { fileSize } from '../../dossiers/model/dossier-format';

type Kind = 'pdf' | 'image' | 'other';

/**
 * One attached file: a download link, and for PDFs and images a preview under it on demand.
 * GET /files/:id always answers as a sandboxed attachment that may not be framed, so a PDF is
 * fetched (with the session cookie) and shown from a blob: URL; an image can use the URL directly.
 */
@Component({
  selector: 'app-file-preview',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let f = file();
    <div class="file__line">
      <a [href]="f.downloadUrl" [attr.download]="f.fileName" data-testid="review-file">{{ f.fileName }}</a>
      <span class="muted">· {{ size() }}</span>
      @if (kind() !== 'other') {
        <button
          type="button"
          class="btn btn--sm"
          [attr.aria-expanded]="open()"
          [attr.aria-controls]="previewId()"
          (click)="toggle()"
          data-testid="preview-toggle"
        >
          {{ (open() ? 'officer.review.hidePreview' : 'officer.review.preview') | t }}
        </button>
      }
    </div>
    @if (open()) {
      <div class="file__preview" [id]="previewId()" data-testid="file-preview">
        @if (kind() === 'image') {
          <img [src]="f.downloadUrl" [alt]="f.fileName" />
        } @else if (failed()) {
          <p class="alert alert--error" role="alert" data-testid="preview-failed">
            {{ 'officer.review.previewFailed' | t }}
          </p>
        } @else if (blobUrl(); as url) {
          <iframe [src]="url" [title]="f.fileName"></iframe>
        } @else {
          <p class="loading" role="status"><span class="spinner" aria-hidden="true"></span></p>
        }
      </div>
    }
  `,
  styles: `
    .file__line {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
    }
    .file__preview {
      margin: 0.5rem 0 1rem;
    }
    .file__preview img {
      max-width: 100%;
      max-height: 70vh;
      border: 1px solid var(--c-border);
    }
    .file__preview iframe {
      width: 100%;
      height: 70vh;
      border: 1px solid var(--c-border);
    }
  `,
})
export class FilePreviewComponent implements OnDestroy {
  private readonly i18n = inject(I18nService);
  private readonly sanitizer = inject(DomSanitizer);
  private readonly document = inject(DOCUMENT);
  readonly file = input.required<DossierFileFieldsFragment>();
  protected readonly open = signal(false);
  protected readonly failed = signal(false);
  protected readonly blobUrl = signal<SafeResourceUrl | null>(null);
  private rawUrl: string | null = null;

  protected readonly kind = computed<Kind>(() => {
    const type = this.file().mimeType;
    if (type === 'application/pdf') return 'pdf';
    return type.startsWith('image/') ? 'image' : 'other';
  });
  protected readonly previewId = computed(() => `preview-${this.file().id}`);
  protected readonly size = computed(() => fileSize(this.file().size, this.i18n.lang()));

  protected toggle(): void {
    this.open.update((o) => !o);
    if (this.open() && this.kind() === 'pdf' && !this.rawUrl) void this.loadPdf();
  }

  ngOnDestroy(): void {
    if (this.rawUrl) URL.revokeObjectURL(this.rawUrl);
    this.document.removeEventListener('securitypolicyviolation', this.onViolation);
  }

  /** A content policy without blob: frames blocks the preview: say so instead of an empty frame. */
  private readonly onViolation = (event: SecurityPolicyViolationEvent): void => {
    if (this.rawUrl && event.blockedURI.startsWith('blob')) this.failed.set(true);
  };

  private async loadPdf(): Promise<void> {
    this.failed.set(false);
    try {
      const res = await fetch(this.file().downloadUrl, { credentials: 'same-origin' });
      if (!res.ok) throw new Error(String(res.status));
      const blob = new Blob([await res.arrayBuffer()], { type: 'application/pdf' });
      this.document.addEventListener('securitypolicyviolation', this.onViolation);
      this.rawUrl = URL.createObjectURL(blob);
      // A blob: URL made here from a file of the dossier, not a URL from outside.
      this.blobUrl.set(this.sanitizer.bypassSecurityTrustResourceUrl(this.rawUrl));
    } catch {
      this.failed.set(true);
    }
  }
}
