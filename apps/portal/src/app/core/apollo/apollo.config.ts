import { inject } from '@angular/core';
import { InMemoryCache } from '@apollo/client';
import { provideApollo } from 'apollo-angular';
import { HttpLink } from 'apollo-angular/http';

/**
 * Apollo Client against the same-origin API (/graphql), sending the session cookie. Multipart
 * uploads go through the upload service, which adds Apollo's CSRF preflight header.
 */
export function provideGraphql() {
  return provideApollo(() => {
    const httpLink = inject(HttpLink);
    return {
      link: httpLink.create({ uri: '/graphql', withCredentials: true }),
      cache: new InMemoryCache(),
      defaultOptions: {
        watchQuery: { fetchPolicy: 'cache-and-network' },
        query: { fetchPolicy: 'network-only' },
      },
    };
  });
}
