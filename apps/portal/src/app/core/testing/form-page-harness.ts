import type { ComponentFixture } from '@angular/core/testing';

/**
 * Drives a form page in a unit spec as a user would: types into the shared fields (`#f-<name>`),
 * leaves them, sends the form, and lets the page render in between as a browser does.
 */
export class FormPageHarness<T> {
  constructor(readonly fixture: ComponentFixture<T>) {}

  get html(): HTMLElement {
    return this.fixture.nativeElement as HTMLElement;
  }

  /** Lets pending work (requests, timers, effects) finish and the page render. */
  async settle(): Promise<void> {
    for (let i = 0; i < 3; i++) {
      await this.fixture.whenStable();
      await new Promise((r) => setTimeout(r));
      this.fixture.detectChanges();
    }
  }

  control(name: string): HTMLInputElement | HTMLSelectElement {
    return this.find<HTMLInputElement | HTMLSelectElement>(`#f-${name}`);
  }

  /** Types (or chooses) a value; `leave` also moves the focus away, as Tab does. */
  type(name: string, value: string, leave = false): void {
    const el = this.control(name);
    el.value = value;
    el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input'));
    if (leave) el.dispatchEvent(new Event('blur'));
  }

  async submit(selector = 'form'): Promise<void> {
    this.find(selector).dispatchEvent(new Event('submit', { cancelable: true }));
    await this.settle();
  }

  private find<E extends Element>(selector: string): E {
    const found = this.html.querySelector<E>(selector);
    if (!found) throw new Error(`Not on the page: ${selector}`);
    return found;
  }
}
