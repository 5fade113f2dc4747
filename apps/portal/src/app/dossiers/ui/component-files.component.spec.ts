import { TestBed } from '@angular/core/testing';
import type { IntakeComponent } from '../model/dossier-format';
import { testComponent } from '../testing/intake-fixtures';
import { ComponentFilesComponent } from './component-files.component';

const base = testComponent({
  id: 'c1',
  position: 1,
  name: 'Tờ khai đăng ký khai sinh theo mẫu',
  required: true,
  maxSizeMb: 5,
  isDeclaration: true,
  template: { fileName: 'Tờ khai đăng ký khai sinh.pdf', url: '/files/templates/c1', size: null },
});

describe('ComponentFilesComponent: templates and declarations', () => {
  function render(component: Partial<IntakeComponent>, dossierId: string | null = null) {
    const fixture = TestBed.createComponent(ComponentFilesComponent);
    fixture.componentRef.setInput('component', { ...base, ...component });
    fixture.componentRef.setInput('dossierId', dossierId);
    fixture.detectChanges();
    const el = (testId: string) =>
      (fixture.nativeElement as HTMLElement).querySelector<HTMLElement>(`[data-testid="${testId}"]`);
    return { fixture, el, text: () => (fixture.nativeElement as HTMLElement).textContent ?? '' };
  }

  it('offers the template, and says the declaration is made from the form with nothing to attach', () => {
    const { el, text } = render({});
    expect(el('template-link')?.getAttribute('href')).toBe('/files/templates/c1');
    expect(el('template-link')?.textContent).toContain('Tải mẫu');
    expect(el('declaration-note')?.textContent).toContain('không cần in, ký và đính kèm');
    expect(text()).toContain('Lập từ form');
    expect(text()).not.toContain('Bắt buộc');
    expect(el('component-1')?.querySelector('.field__required')).toBeNull();
    // Before the first save there is no dossier to fill the declaration from.
    expect(el('filled-declaration-link')).toBeNull();
  });

  it('offers Tải tờ khai đã điền for a saved dossier', () => {
    const { el } = render({}, 'd1');
    const link = el('filled-declaration-link');
    expect(link?.getAttribute('href')).toBe('/files/declarations/d1/c1');
    expect(link?.textContent?.trim()).toBe('Tải tờ khai đã điền');
    // The accessible name starts with the visible words (voice control, WCAG 2.5.3).
    expect(link?.getAttribute('aria-label')).toMatch(/^Tải tờ khai đã điền/);
  });

  it('still asks for the signed declaration when the procedure requires a signature', () => {
    const { el, text } = render({ requiresSignature: true }, 'd1');
    expect(el('declaration-note')?.textContent).toContain('ký và đính kèm bản chụp');
    expect(text()).toContain('Bắt buộc');
    expect(el('filled-declaration-link')).not.toBeNull();
  });

  it('shows neither note nor filled declaration for an ordinary component', () => {
    const { el, text } = render({ name: 'Giấy chứng sinh', isDeclaration: false, template: null }, 'd1');
    expect(el('declaration-note')).toBeNull();
    expect(el('filled-declaration-link')).toBeNull();
    expect(el('template-link')).toBeNull();
    expect(text()).toContain('Bắt buộc');
  });
});
