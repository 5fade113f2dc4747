import { HttpClient, HttpErrorResponse, HttpEventType, HttpXhrBackend } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  DossierFullFragment,
  SaveDossierDocument,
  SaveDossierMutationVariables,
} from '@dvc/portal/data-access';
import { print } from 'graphql';
import { Observable } from 'rxjs';
import { uiErrorFrom, UiError } from '../../core/apollo/graphql-errors';
import { SessionExpiryService, UNAUTHENTICATED } from '../../core/auth/session-expiry.service';
import type { Lang } from '../../core/i18n/dictionaries';
import { multipartBody, MultipartFile, perFileProgress } from './multipart';

export type SaveEvent =
  { type: 'progress'; percent: number; perFile: number[] } | { type: 'done'; dossier: DossierFullFragment };

interface GraphQLBody {
  data?: { saveDossier?: DossierFullFragment | null } | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/**
 * saveDossier with files: a GraphQL multipart request sent with HttpClient so the page can show
 * upload progress per file. The app's HttpClient uses fetch, which cannot report upload progress,
 * so this service talks to the XMLHttpRequest backend directly. Apollo's CSRF prevention needs the
 * `apollo-require-preflight` header on multipart requests.
 */
@Injectable({ providedIn: 'root' })
export class DossierUploadService {
  private readonly http = new HttpClient(inject(HttpXhrBackend));
  private readonly session = inject(SessionExpiryService);

  save(
    input: SaveDossierMutationVariables['input'],
    files: readonly MultipartFile[],
    lang: Lang,
  ): Observable<SaveEvent> {
    const body = multipartBody(print(SaveDossierDocument), { input }, files);
    const sizes = files.map((f) => f.file.size);
    return new Observable<SaveEvent>((observer) => {
      const sub = this.http
        .post<GraphQLBody>('/graphql', body, {
          headers: { 'apollo-require-preflight': 'true', 'Accept-Language': lang },
          observe: 'events',
          reportProgress: true,
          withCredentials: true,
        })
        .subscribe({
          next: (event) => {
            if (event.type === HttpEventType.UploadProgress) {
              const total = event.total ?? sizes.reduce((a, b) => a + b, 0);
              observer.next({
                type: 'progress',
                percent: total ? Math.round((event.loaded / total) * 100) : 0,
                perFile: perFileProgress(event.loaded, total, sizes),
              });
            } else if (event.type === HttpEventType.Response) {
              const dossier = event.body?.data?.saveDossier;
              if (dossier && !event.body?.errors?.length) {
                observer.next({ type: 'done', dossier });
                observer.complete();
              } else observer.error(this.failed(uiErrorFrom(event.body?.errors, lang)));
            }
          },
          error: (error: HttpErrorResponse) => {
            const payload = typeof error.error === 'object' ? (error.error as GraphQLBody) : null;
            observer.error(this.failed(uiErrorFrom(payload?.errors, lang)));
          },
        });
      return () => sub.unsubscribe();
    });
  }

  /** This request bypasses Apollo's links, so an ended session is reported here too. */
  private failed(error: UiError): UiError {
    if (error.code === UNAUTHENTICATED) this.session.handle();
    return error;
  }
}
