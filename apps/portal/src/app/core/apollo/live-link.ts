import { ApolloLink } from '@apollo/client';
import { getMainDefinition } from '@apollo/client/utilities';
import type { DocumentNode } from 'graphql';
import { Observable, Subscription } from 'rxjs';

/** ws(s)://<this host>/graphql: the API serves graphql-ws on the same path and origin as HTTP. */
export function liveUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
}

export function isSubscription(query: DocumentNode): boolean {
  const definition = getMainDefinition(query);
  return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
}

/** The socket's code, fetched on the first subscription (a visitor never needs it). */
async function loadWsLink(url: string): Promise<ApolloLink> {
  return (await import('./live-socket')).createWsLink(url);
}

/**
 * Subscriptions over graphql-ws. The client code is fetched on the first subscription, which only
 * a logged-in page starts, so it stays out of the initial bundle.
 */
export function createLiveLink(url: string): ApolloLink {
  let link: Promise<ApolloLink> | null = null;
  return new ApolloLink(
    (operation) =>
      new Observable<ApolloLink.Result>((observer) => {
        let sub: Subscription | undefined;
        let closed = false;
        (link ??= loadWsLink(url)).then(
          (ws) => {
            if (!closed) sub = ws.request(operation, () => new Observable()).subscribe(observer);
          },
          (error: unknown) => {
            link = null;
            observer.error(error);
          },
        );
        return () => {
          closed = true;
          sub?.unsubscribe();
        };
      }),
  );
}

/** HTTP for queries and mutations, the socket for subscriptions. */
export function withLiveLink(http: ApolloLink, live: ApolloLink): ApolloLink {
  return ApolloLink.split(({ query }) => isSubscription(query), live, http);
}
