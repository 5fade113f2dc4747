import { inject, Injectable } from '@angular/core';
import {
  DossierFullFragment,
  SaveDossierDocument,
  SaveDossierMutationVariables,
} from '@dvc/portal/data-access';
import { map, Observable } from 'rxjs';
import { MultipartFile } from '../../core/apollo/multipart';
import { MultipartUploadService } from '../../core/apollo/multipart-upload.service';
import type { Lang } from '../../core/i18n/dictionaries';

export type SaveEvent =
  { type: 'progress'; percent: number; perFile: number[] } | { type: 'done'; dossier: DossierFullFragment };

/** saveDossier with files, with upload progress per file (see MultipartUploadService). */
@Injectable({ providedIn: 'root' })
export class DossierUploadService {
  private readonly uploads = inject(MultipartUploadService);

  save(
    input: SaveDossierMutationVariables['input'],
    files: readonly MultipartFile[],
    lang: Lang,
  ): Observable<SaveEvent> {
    return this.uploads
      .send(SaveDossierDocument, { input }, files, lang, (data) => data.saveDossier)
      .pipe(map((e): SaveEvent => (e.type === 'done' ? { type: 'done', dossier: e.result } : e)));
  }
}
