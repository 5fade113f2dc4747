import { HttpEventType, HttpRequest, HttpResponse, HttpXhrBackend } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { SaveDossierDocument } from '@dvc/portal/data-access';
import { firstValueFrom, Observable, of, toArray } from 'rxjs';
import { SessionExpiryService } from '../auth/session-expiry.service';
import { MultipartUploadService } from './multipart-upload.service';

describe('MultipartUploadService', () => {
  let sent: HttpRequest<unknown>[];
  let answer: () => Observable<unknown>;
  const handle = jest.fn();

  beforeEach(() => {
    sent = [];
    handle.mockReset();
    TestBed.configureTestingModule({
      providers: [
        {
          provide: HttpXhrBackend,
          useValue: {
            handle: (req: HttpRequest<unknown>) => {
              sent.push(req);
              return answer();
            },
          },
        },
        { provide: SessionExpiryService, useValue: { handle } },
      ],
    });
  });

  const file = new File(['x'.repeat(100)], 'to-khai.pdf', { type: 'application/pdf' });
  const send = () =>
    TestBed.inject(MultipartUploadService).send(
      SaveDossierDocument,
      { input: { serviceId: 's1' } as never },
      [{ path: 'variables.input.components.0.newFiles.0', file }],
      'en',
      (data) => data.saveDossier,
    );

  it('reports progress per file, then the answer, with the preflight and language headers', async () => {
    answer = () =>
      of(
        { type: HttpEventType.UploadProgress, loaded: 50, total: 200 },
        new HttpResponse({ status: 200, body: { data: { saveDossier: { id: 'd1' } } } }),
      );
    const events = await firstValueFrom(send().pipe(toArray()));
    expect(events[0]).toEqual({ type: 'progress', percent: 25, perFile: [0] });
    expect(events[1]).toEqual({ type: 'done', result: { id: 'd1' } });
    expect(sent[0].headers.get('apollo-require-preflight')).toBe('true');
    expect(sent[0].headers.get('Accept-Language')).toBe('en');
    expect(sent[0].body).toBeInstanceOf(FormData);
  });

  it('fails with the API’s error, and reports an ended session', async () => {
    answer = () =>
      of(
        new HttpResponse({
          status: 200,
          body: { errors: [{ message: 'Phiên đã hết hạn.', extensions: { code: 'UNAUTHENTICATED' } }] },
        }),
      );
    await expect(firstValueFrom(send())).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(handle).toHaveBeenCalled();
  });
});
