import { inject, Injectable } from '@angular/core';
import { CompleteDossierDocument, type OfficerDossierQuery } from '@dvc/portal/data-access';
import { map, Observable } from 'rxjs';
import { MultipartUploadService } from '../../core/apollo/multipart-upload.service';
import type { Lang } from '../../core/i18n/dictionaries';

export type ReviewedDossier = OfficerDossierQuery['dossier'];

export type CompleteEvent =
  { type: 'progress'; percent: number; perFile: number[] } | { type: 'done'; dossier: ReviewedDossier };

/** completeDossier (Trả kết quả) with its result files, with upload progress (see MultipartUploadService). */
@Injectable({ providedIn: 'root' })
export class ResultUploadService {
  private readonly uploads = inject(MultipartUploadService);

  complete(
    variables: { id: string; expectedVersion: number; note: string | null },
    files: readonly File[],
    lang: Lang,
  ): Observable<CompleteEvent> {
    return this.uploads
      .send(
        CompleteDossierDocument,
        { ...variables, resultFiles: files.map(() => null as unknown as File) },
        files.map((file, i) => ({ path: `variables.resultFiles.${i}`, file })),
        lang,
        (data) => data.completeDossier,
      )
      .pipe(map((e): CompleteEvent => (e.type === 'done' ? { type: 'done', dossier: e.result } : e)));
  }
}
