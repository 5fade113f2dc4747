import { HttpClient, HttpErrorResponse, HttpEventType, HttpXhrBackend } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { CompleteDossierDocument, type OfficerDossierQuery } from '@dvc/portal/data-access';
import { print } from 'graphql';
import { Observable } from 'rxjs';
import type { UiError } from '../../core/apollo/graphql-errors';
import { SessionExpiryService, UNAUTHENTICATED } from '../../core/auth/session-expiry.service';
import type { Lang } from '../../core/i18n/dictionaries';
import { uiErrorFrom } from '../../core/apollo/graphql-errors';
import { multipartBody, perFileProgress } from '../../dossiers/model/multipart';

export type ReviewedDossier = OfficerDossierQuery['dossier'];

export type CompleteEvent =
  { type: 'progress'; percent: number; perFile: number[] } | { type: 'done'; dossier: ReviewedDossier };

interface GraphQLBody {
  data?: { completeDossier?: ReviewedDossier | null } | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/**
 * completeDossier (Trả kết quả) with its result files: a GraphQL multipart request over the
 * XMLHttpRequest backend, which reports upload progress (the app's fetch backend cannot), with the
 * `apollo-require-preflight` header Apollo's CSRF prevention needs. Same pattern as the citizen's
 * DossierUploadService.
 */
@Injectable({ providedIn: 'root' })
export class ResultUploadService {
  private readonly http = new HttpClient(inject(HttpXhrBackend));
  private readonly session = inject(SessionExpiryService);

  complete(
    variables: { id: string; expectedVersion: number; note: string | null },
    files: readonly File[],
    lang: Lang,
  ): Observable<CompleteEvent> {
    const body = multipartBody(
      print(CompleteDossierDocument),
      { ...variables, resultFiles: files.map(() => null) },
      files.map((file, i) => ({ path: `variables.resultFiles.${i}`, file })),
    );
    const sizes = files.map((f) => f.size);
    return new Observable<CompleteEvent>((observer) => {
      const sub = this.http
        .post<GraphQLBody>('/graphql', body, {
          // The API answers field errors in the page's language, as over Apollo.
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
              const dossier = event.body?.data?.completeDossier;
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
