import type { Type } from '@angular/core';
import { RouterTestingHarness } from '@angular/router/testing';

/** Navigates the spec's router to `url` (which must show `page`) and lets the page load and render. */
export async function openRoutedPage<T>(url: string, page: Type<T>): Promise<RouterTestingHarness> {
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl(url, page);
  await settleRoutedPage(harness);
  return harness;
}

/** Lets pending work (requests, timers, effects) finish and the page render, a few rounds deep. */
export async function settleRoutedPage(harness: RouterTestingHarness): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await harness.fixture.whenStable();
    await new Promise((r) => setTimeout(r));
    harness.detectChanges();
  }
}
