import { TestBed } from '@angular/core/testing';
import { Apollo } from 'apollo-angular';
import { of, throwError } from 'rxjs';
import { CombinedGraphQLErrors } from '@apollo/client';
import { DossierRatingComponent } from './dossier-rating.component';

describe('DossierRatingComponent', () => {
  const mutate = jest.fn();

  function render(rating: { score: number; comment: string | null; ratedAt: string } | null = null) {
    TestBed.configureTestingModule({ providers: [{ provide: Apollo, useValue: { mutate } }] });
    const fixture = TestBed.createComponent(DossierRatingComponent);
    fixture.componentRef.setInput('dossierId', 'd1');
    fixture.componentRef.setInput('rating', rating);
    fixture.detectChanges();
    return fixture;
  }

  const el = (f: { nativeElement: unknown }, testId: string) =>
    (f.nativeElement as HTMLElement).querySelector<HTMLElement>(`[data-testid="${testId}"]`);

  beforeEach(() => mutate.mockReset());

  it('is a group of five named radio buttons (keyboard: one tab stop, arrows between stars)', () => {
    const fixture = render();
    const root = fixture.nativeElement as HTMLElement;
    const radios = root.querySelectorAll<HTMLInputElement>('input[type="radio"]');
    expect(radios.length).toBe(5);
    expect(new Set(Array.from(radios).map((r) => r.name)).size).toBe(1);
    const labels = Array.from(radios).map(
      (r) => root.querySelector(`label[for="${r.id}"]`)?.textContent?.trim() ?? '',
    );
    expect(labels[0]).toContain('1 sao: Rất không hài lòng');
    expect(labels[4]).toContain('5 sao: Rất hài lòng');
    expect(root.querySelector('fieldset legend')?.textContent).toContain('hài lòng');
  });

  it('asks for a score before sending', async () => {
    const fixture = render();
    el(fixture, 'rating-submit')?.click();
    await fixture.whenStable();
    fixture.detectChanges();
    expect(el(fixture, 'rating-error')?.textContent).toContain('Vui lòng chọn số sao');
    expect(mutate).not.toHaveBeenCalled();
  });

  it('sends the score and the comment, then shows the rating instead of the form', async () => {
    mutate.mockReturnValue(
      of({
        data: {
          rateDossier: {
            id: 'd1',
            version: 7,
            rating: { score: 4, comment: 'Nhanh', ratedAt: '2026-11-30T03:05:00.000Z' },
          },
        },
      }),
    );
    const fixture = render();
    const star = el(fixture, 'rating-star-4') as HTMLInputElement;
    star.click();
    const comment = el(fixture, 'rating-comment') as HTMLTextAreaElement;
    comment.value = '  Nhanh ';
    comment.dispatchEvent(new Event('input'));
    fixture.detectChanges();
    el(fixture, 'rating-submit')?.click();
    await fixture.whenStable();
    fixture.detectChanges();
    expect(mutate).toHaveBeenCalledWith(
      expect.objectContaining({ variables: { id: 'd1', score: 4, comment: 'Nhanh' } }),
    );
    expect(el(fixture, 'rating-form')).toBeNull();
    expect(el(fixture, 'rating-given')?.textContent).toContain('4/5');
    expect(el(fixture, 'rating-given')?.textContent).toContain('30/11/2026 10:05');
  });

  it('shows an existing rating without a form', () => {
    const fixture = render({ score: 5, comment: 'Rất tốt', ratedAt: '2026-11-29T01:00:00.000Z' });
    expect(el(fixture, 'rating-form')).toBeNull();
    expect(el(fixture, 'rating-given')?.textContent).toContain('5/5');
    expect(fixture.nativeElement.textContent).toContain('Rất tốt');
  });

  it('shows the API error (e.g. already rated) and keeps the form', async () => {
    mutate.mockReturnValue(
      throwError(
        () =>
          new CombinedGraphQLErrors({
            errors: [{ message: 'Hồ sơ đã được đánh giá.', extensions: { code: 'ALREADY_RATED' } }],
          }),
      ),
    );
    const fixture = render();
    (el(fixture, 'rating-star-2') as HTMLInputElement).click();
    fixture.detectChanges();
    el(fixture, 'rating-submit')?.click();
    await fixture.whenStable();
    fixture.detectChanges();
    expect(el(fixture, 'rating-error')?.textContent).toContain('Hồ sơ đã được đánh giá.');
    expect(el(fixture, 'rating-form')).not.toBeNull();
  });
});
