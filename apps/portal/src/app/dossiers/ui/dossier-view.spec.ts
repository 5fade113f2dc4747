import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { DossierFactsComponent, FactRow } from './dossier-facts.component';
import { SubmittedComponent, SubmittedFilesComponent } from './submitted-files.component';

@Component({
  imports: [DossierFactsComponent, SubmittedFilesComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-dossier-facts
      heading="dossiers.detail.formData"
      headingId="form-title"
      [rows]="rows()"
      [comments]="fieldComments"
      [blank]="blank()"
      [empty]="empty()"
      testId="facts"
    />
    <app-submitted-files
      headingId="files-title"
      [components]="components"
      [comments]="componentComments"
      [showRequired]="preview()"
      [fileTemplate]="preview() ? tpl : null"
    />
    <ng-template #tpl let-f
      ><span class="preview">{{ f.fileName }}</span></ng-template
    >
  `,
})
class HostComponent {
  readonly rows = signal<FactRow[]>([
    { key: 'reason', label: 'Lý do', value: 'Công tác' },
    { key: 'note', label: 'Ghi chú', value: '' },
  ]);
  readonly blank = signal<string | null>('dossiers.detail.none');
  readonly empty = signal<string | null>(null);
  readonly preview = signal(false);
  readonly fieldComments = new Map([['note', 'Bổ sung ghi chú']]);
  readonly componentComments = new Map([['c2', 'Ảnh bị mờ']]);
  readonly components: SubmittedComponent[] = [
    {
      id: 'c1',
      position: 1,
      name: 'Tờ khai',
      required: true,
      files: [
        {
          id: 'f1',
          fileName: 'to-khai.pdf',
          size: 2048,
          downloadUrl: '/f/f1',
          uploadedAt: '2026-11-02T03:04:00Z',
        },
      ],
    },
    { id: 'c2', position: 2, name: 'CCCD', required: false, files: [] },
  ];
}

describe('dossier view parts (citizen detail and officer review)', () => {
  async function render() {
    await TestBed.configureTestingModule({ imports: [HostComponent] }).compileComponents();
    const fixture = TestBed.createComponent(HostComponent);
    fixture.detectChanges();
    await fixture.whenStable();
    return { fixture, html: fixture.nativeElement as HTMLElement };
  }

  it('prints labelled values, the blank text and a comment beside its field', async () => {
    const { html } = await render();
    const dds = Array.from(html.querySelectorAll('[data-testid="facts"] dd')).map((d) =>
      d.textContent?.trim(),
    );
    expect(dds[0]).toBe('Công tác');
    expect(dds[1]).toBe('—');
    expect(html.querySelector('[data-testid="field-comment"]')?.textContent).toContain('Bổ sung ghi chú');
    expect(html.querySelector('#form-title')?.closest('section')?.getAttribute('aria-labelledby')).toBe(
      'form-title',
    );
  });

  it('says "none" instead of an empty list when asked to', async () => {
    const { fixture, html } = await render();
    fixture.componentInstance.rows.set([]);
    fixture.componentInstance.empty.set('dossiers.detail.none');
    fixture.detectChanges();
    expect(html.querySelector('[data-testid="facts"]')).toBeNull();
    expect(html.querySelector('#form-title')?.parentElement?.querySelector('.muted')?.textContent).toBe('—');
  });

  it('lists each component’s files as links, or through the page’s template with required badges', async () => {
    const { fixture, html } = await render();
    const link = html.querySelector<HTMLAnchorElement>('[data-testid="detail-file"]')!;
    expect(link.textContent).toBe('to-khai.pdf');
    expect(link.getAttribute('href')).toBe('/f/f1');
    expect(html.querySelector('[data-testid="component-comment-2"]')?.textContent).toContain('Ảnh bị mờ');
    expect(html.querySelector('.badge--warning')).toBeNull();

    fixture.componentInstance.preview.set(true);
    fixture.detectChanges();
    expect(html.querySelector('[data-testid="detail-file"]')).toBeNull();
    expect(html.querySelector('.preview')?.textContent).toBe('to-khai.pdf');
    expect(html.querySelectorAll('.badge--warning')).toHaveLength(1);
  });
});
