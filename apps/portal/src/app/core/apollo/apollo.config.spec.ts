import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { Apollo, gql } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { I18nService } from '../i18n/i18n.service';
import { provideGraphql } from './apollo.config';

describe('provideGraphql', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), provideGraphql()],
    });
  });

  it('sends the UI language, so the API answers field errors in it', async () => {
    const http = TestBed.inject(HttpTestingController);
    const i18n = TestBed.inject(I18nService);
    const apollo = TestBed.inject(Apollo);
    for (const lang of ['en', 'vi'] as const) {
      i18n.setLang(lang);
      const answer = firstValueFrom(apollo.query({ query: gql`query Ping${lang} { ping }` }));
      const req = http.expectOne('/graphql');
      expect(req.request.headers.get('Accept-Language')).toBe(lang);
      req.flush({ data: { ping: 'ok' } });
      await answer;
    }
    http.verify();
  });
});
