import { TestBed } from '@angular/core/testing';
import type { ProcessingStepFieldsFragment } from '@dvc/portal/data-access';
import { HistoryCardComponent } from './history-card.component';

const STEP = {
  id: 'h1',
  action: 'SUBMIT',
  fromStatus: 'DRAFT',
  toStatus: 'SUBMITTED',
  note: null,
  actorName: 'Nguyễn Văn An',
  actorRole: 'CITIZEN',
  agencyName: null,
  createdAt: '2026-11-20T02:00:00Z',
} as ProcessingStepFieldsFragment;

describe('HistoryCardComponent', () => {
  function render(anchor: string | null) {
    const fixture = TestBed.createComponent(HistoryCardComponent);
    fixture.componentRef.setInput('steps', [STEP]);
    fixture.componentRef.setInput('headingId', 'history-title');
    fixture.componentRef.setInput('anchor', anchor);
    fixture.detectChanges();
    return (fixture.nativeElement as HTMLElement).querySelector('section') as HTMLElement;
  }

  it('is a card labelled by its heading, with the steps', () => {
    const section = render(null);
    const heading = section.querySelector('h2') as HTMLElement;
    expect(heading.id).toBe('history-title');
    expect(heading.textContent?.trim()).toBe('Quá trình xử lý');
    expect(section.getAttribute('aria-labelledby')).toBe('history-title');
    expect(section.querySelectorAll('[data-testid="history-step"]')).toHaveLength(1);
    expect(section.hasAttribute('id')).toBe(false);
    expect(section.hasAttribute('tabindex')).toBe(false);
  });

  it('with an anchor, is a focusable jump target of that id', () => {
    const section = render('qua-trinh');
    expect(section.id).toBe('qua-trinh');
    expect(section.getAttribute('tabindex')).toBe('-1');
    section.focus();
    expect(document.activeElement).toBe(section);
  });
});
