import { inject } from '@angular/core';
import { ApolloLink, CombinedGraphQLErrors, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { provideApollo } from 'apollo-angular';
import { HttpLink } from 'apollo-angular/http';
import { I18nService } from '../i18n/i18n.service';
import { SessionExpiryService, UNAUTHENTICATED } from '../auth/session-expiry.service';
import { createLiveLink, liveUrl, withLiveLink } from './live-link';

/**
 * Apollo Client against the same-origin API (/graphql), sending the session cookie. Multipart
 * uploads go through the upload service, which adds Apollo's CSRF preflight header.
 */
export function provideGraphql() {
  return provideApollo(() => {
    const httpLink = inject(HttpLink);
    const session = inject(SessionExpiryService);
    const i18n = inject(I18nService);
    // The API answers field errors (extensions.fields) in the language the page is shown in.
    const languageLink = new ApolloLink((operation, forward) => {
      operation.setContext(({ headers }: { headers?: Record<string, string> }) => ({
        headers: { ...headers, 'Accept-Language': i18n.lang() },
      }));
      return forward(operation);
    });
    // A session that ended mid-visit: forget the user and, where the page needs one, ask to log in.
    const sessionLink = new ErrorLink(({ error }) => {
      if (
        CombinedGraphQLErrors.is(error) &&
        error.errors.some((e) => e.extensions?.['code'] === UNAUTHENTICATED)
      )
        session.handle();
    });
    return {
      link: withLiveLink(
        ApolloLink.from([
          sessionLink,
          languageLink,
          httpLink.create({ uri: '/graphql', withCredentials: true }),
        ]),
        createLiveLink(liveUrl(window.location)),
      ),
      cache: new InMemoryCache(),
      defaultOptions: {
        watchQuery: { fetchPolicy: 'cache-and-network' },
        query: { fetchPolicy: 'network-only' },
      },
    };
  });
}
