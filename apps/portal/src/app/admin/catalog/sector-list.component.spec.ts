import {
  CatalogCreateSectorDocument,
  CatalogDeactivateSectorDocument,
  CatalogSectorsDocument,
  CatalogUpdateSectorDocument,
} from '@dvc/portal/data-access';
import { of } from 'rxjs';
import { renderCatalogList, SentMutation } from './catalog-list.testing';
import { SectorListComponent } from './sector-list.component';

const ROWS = [
  { id: 's1', code: 'HO-TICH', name: 'Hộ tịch', active: true },
  { id: 's2', code: 'DAT-DAI', name: 'Đất đai', active: false },
];

describe('SectorListComponent', () => {
  let mutations: SentMutation[];

  function render() {
    mutations = [];
    return renderCatalogList(
      SectorListComponent,
      'sector',
      CatalogSectorsDocument,
      { adminSectors: ROWS },
      (call) => {
        mutations.push(call);
        return of({ data: { ok: true } });
      },
    );
  }

  const names = (el: HTMLElement) =>
    Array.from(el.querySelectorAll('[data-testid="sectors-table"] tbody th')).map((th) =>
      th.textContent?.trim(),
    );

  it('lists the sectors (inactive ones too) with their headers; search ignores diacritics', async () => {
    const { el, settle, type } = await render();
    expect(Array.from(el.querySelectorAll('thead th')).map((th) => th.textContent?.trim())).toEqual([
      'Tên',
      'Mã lĩnh vực',
      'Trạng thái',
      'Thao tác',
    ]);
    expect(names(el)).toEqual(['Hộ tịch', 'Đất đai']);
    type('sectors-search', 'dat dai');
    await settle();
    expect(names(el)).toEqual(['Đất đai']);
  });

  it('adds a sector: the form heading takes the focus, the shared rules run, then createSector and a reload', async () => {
    const { el, settle, type, submit, reads } = await render();
    const form = el.querySelector('app-catalog-editor-form') as HTMLElement;
    expect(form.hidden).toBe(true);
    (el.querySelector('[data-testid="sectors-add"]') as HTMLButtonElement).click();
    await settle();
    await new Promise((r) => setTimeout(r));
    expect(form.hidden).toBe(false);
    expect(document.activeElement?.id).toBe('sector-form-title');
    expect(document.activeElement?.textContent).toContain('Thêm lĩnh vực');

    type('f-sector-code', 'sai mã');
    submit();
    await settle();
    expect(mutations).toHaveLength(0);
    expect(el.querySelector('[data-testid="error-sector.code"]')).not.toBeNull();

    type('f-sector-code', ' GIAO-DUC ');
    type('f-sector-name', 'Giáo dục');
    submit();
    await settle();
    expect(mutations).toEqual([
      { mutation: CatalogCreateSectorDocument, variables: { input: { code: 'GIAO-DUC', name: 'Giáo dục' } } },
    ]);
    expect(el.querySelector('#sector-notice')?.textContent).toContain('Giáo dục');
    expect(form.hidden).toBe(true);
    expect(reads()).toBe(2);
  });

  it('deactivates and reactivates a row after the user confirms', async () => {
    const { el, settle } = await render();
    const confirmSpy = jest.spyOn(window, 'confirm').mockReturnValue(true);
    const toggle = (row: number) =>
      (
        el
          .querySelectorAll('[data-testid="sectors-table"] tbody tr')
          [row].querySelectorAll('button')[1] as HTMLButtonElement
      ).click();
    toggle(0);
    await settle();
    toggle(1);
    await settle();
    expect(mutations).toEqual([
      { mutation: CatalogDeactivateSectorDocument, variables: { id: 's1' } },
      { mutation: CatalogUpdateSectorDocument, variables: { id: 's2', input: { active: true } } },
    ]);
    confirmSpy.mockRestore();
  });
});
