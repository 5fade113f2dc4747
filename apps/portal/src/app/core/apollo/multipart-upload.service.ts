import { HttpClient, HttpErrorResponse, HttpEventType, HttpXhrBackend } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { TypedDocumentNode } from '@apollo/client';
import { print } from 'graphql';
import { Observable } from 'rxjs';
import { SessionExpiryService, UNAUTHENTICATED } from '../auth/session-expiry.service';
import type { Lang } from '../i18n/dictionaries';
import { GraphQLErrorLike, uiErrorFrom, UiError } from './graphql-errors';
import { multipartBody, MultipartFile, perFileProgress } from './multipart';

/** Upload progress (whole request and per file), then the mutation's answer. */
export type UploadEvent<T> =
  { type: 'progress'; percent: number; perFile: number[] } | { type: 'done'; result: T };

interface GraphQLBody<D> {
  data?: D | null;
  errors?: GraphQLErrorLike[];
}

/**
 * A GraphQL mutation with files (the citizen's saveDossier, the officer's completeDossier): a
 * multipart request sent with HttpClient over the XMLHttpRequest backend, which reports upload
 * progress (the app's fetch backend cannot). It carries the `apollo-require-preflight` header
 * Apollo's CSRF prevention needs, and the page's language so field errors follow it. A failure is
 * a `UiError`; an ended session is reported as over Apollo.
 */
@Injectable({ providedIn: 'root' })
export class MultipartUploadService {
  private readonly http = new HttpClient(inject(HttpXhrBackend));
  private readonly session = inject(SessionExpiryService);

  send<D, V extends Record<string, unknown>, T>(
    document: TypedDocumentNode<D, V>,
    variables: V,
    files: readonly MultipartFile[],
    lang: Lang,
    pick: (data: D) => T | null | undefined,
  ): Observable<UploadEvent<T>> {
    const body = multipartBody(print(document), variables, files);
    const sizes = files.map((f) => f.file.size);
    return new Observable<UploadEvent<T>>((observer) => {
      const sub = this.http
        .post<GraphQLBody<D>>('/graphql', body, {
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
              const data = event.body?.data;
              const result = data ? pick(data) : null;
              if (result && !event.body?.errors?.length) {
                observer.next({ type: 'done', result });
                observer.complete();
              } else observer.error(this.failed(uiErrorFrom(event.body?.errors, lang)));
            }
          },
          error: (error: HttpErrorResponse) => {
            const payload = typeof error.error === 'object' ? (error.error as GraphQLBody<D>) : null;
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
