import { Type } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Apollo } from 'apollo-angular';
import type { DocumentNode } from 'graphql';
import { Observable, of } from 'rxjs';

/** A mutation the list sent, as Apollo got it. */
export interface SentMutation {
  mutation: DocumentNode;
  variables: Record<string, unknown>;
}

/**
 * Renders a console reference list (agencies, sectors) against a fake Apollo: `query` answers with
 * `data` (and counts its reads), `mutate` answers the mutations. Gives the element and the helpers
 * to type into a control by id, submit the `<prefix>-form` and let the page settle.
 */
export async function renderCatalogList(
  component: Type<unknown>,
  prefix: string,
  query: DocumentNode,
  data: Record<string, unknown>,
  mutate: (call: SentMutation) => Observable<unknown>,
) {
  let reads = 0;
  const apollo = {
    query: (call: { query: DocumentNode }) => {
      if (call.query !== query) throw new Error('unexpected query');
      reads++;
      return of({ data });
    },
    mutate,
  };
  TestBed.configureTestingModule({ providers: [{ provide: Apollo, useValue: apollo }] });
  const fixture = TestBed.createComponent(component);
  fixture.detectChanges();
  await fixture.whenStable();
  fixture.detectChanges();
  const el = fixture.nativeElement as HTMLElement;
  const settle = async () => {
    await fixture.whenStable();
    fixture.detectChanges();
  };
  const type = (id: string, value: string) => {
    const input = el.querySelector(`#${id}`) as HTMLInputElement | HTMLSelectElement;
    input.value = value;
    input.dispatchEvent(new Event(input.tagName === 'SELECT' ? 'change' : 'input'));
  };
  const submit = () =>
    (el.querySelector(`[data-testid="${prefix}-form"]`) as HTMLFormElement).dispatchEvent(
      new Event('submit'),
    );
  return { el, settle, type, submit, reads: () => reads };
}
