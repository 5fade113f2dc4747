import { CombinedGraphQLErrors } from '@apollo/client';
import {
  CatalogAgenciesDocument,
  CatalogCreateAgencyDocument,
  CatalogDeactivateAgencyDocument,
  CatalogUpdateAgencyDocument,
} from '@dvc/portal/data-access';
import { Observable, of, throwError } from 'rxjs';
import { AgencyListComponent } from './agency-list.component';
import { renderCatalogList, SentMutation } from './catalog-list.testing';

const ROWS = [
  {
    id: 'p1',
    code: '000.00.00.H01',
    name: 'Ủy ban nhân dân Thành phố Hà Nội',
    level: 'PROVINCE',
    provinceCode: '01',
    active: true,
    parent: null,
  },
  {
    id: 'x1',
    code: '000.01.00.H01',
    name: 'Ủy ban nhân dân Phường Đống Đa',
    level: 'COMMUNE',
    provinceCode: '01',
    active: true,
    parent: { id: 'p1' },
  },
  {
    id: 'm1',
    code: 'G01',
    name: 'Bộ Tư pháp',
    level: 'MINISTRY',
    provinceCode: null,
    active: false,
    parent: null,
  },
];

describe('AgencyListComponent', () => {
  let mutations: SentMutation[];
  let answer: () => Observable<unknown>;

  function render() {
    mutations = [];
    answer = () => of({ data: { createAgency: ROWS[0] } });
    return renderCatalogList(
      AgencyListComponent,
      'agency',
      CatalogAgenciesDocument,
      { adminAgencies: ROWS },
      (call) => {
        mutations.push(call);
        return answer();
      },
    );
  }

  it('shows the tree (commune under its province, inactive ones too) with labelled controls; search ignores diacritics', async () => {
    const { el, settle, type } = await render();
    const names = () =>
      Array.from(el.querySelectorAll('[data-testid="agencies-table"] tbody th')).map((th) =>
        th.textContent?.trim(),
      );
    expect(names()[0]).toBe('Bộ Tư pháp');
    expect(names()[2]).toContain('Phường Đống Đa');
    expect(names()[2]).toContain('trực thuộc Ủy ban nhân dân Thành phố Hà Nội');
    expect(el.querySelector('table')?.classList).toContain('table--stack');
    type('agencies-search', 'dong da');
    await settle();
    expect(names()).toHaveLength(2);
    for (const control of Array.from(el.querySelectorAll('input, select, textarea'))) {
      expect(el.querySelector(`label[for="${control.id}"]`)).not.toBeNull();
    }
  });

  it('checks with the shared rules before sending, then shows the API’s extensions.fields beside the field', async () => {
    const { el, settle, type, submit } = await render();
    (el.querySelector('[data-testid="agencies-add"]') as HTMLButtonElement).click();
    await settle();
    type('f-agency-code', 'sai mã');
    submit();
    await settle();
    expect(mutations).toHaveLength(0);
    expect(el.querySelector('[data-testid="error-agency.code"]')?.textContent).toContain('Mã không hợp lệ');
    expect(el.querySelector('[data-testid="error-agency.name"]')).not.toBeNull();

    type('f-agency-code', '000.00.00.H01');
    type('f-agency-name', 'Sở Nội vụ');
    type('f-agency-provinceCode', '01');
    answer = () =>
      throwError(
        () =>
          new CombinedGraphQLErrors({
            errors: [
              {
                message: 'Mã này đã được sử dụng.',
                extensions: { code: 'CODE_TAKEN', fields: { code: 'Mã này đã được sử dụng.' } },
              },
            ],
          }),
      );
    submit();
    await settle();
    expect(mutations.map((m) => m.mutation)).toEqual([CatalogCreateAgencyDocument]);
    expect(mutations[0].variables['input']).toMatchObject({
      code: '000.00.00.H01',
      name: 'Sở Nội vụ',
      level: 'PROVINCE',
      provinceCode: '01',
    });
    expect(el.querySelector('[data-testid="error-agency.code"]')?.textContent?.trim()).toBe(
      'Mã này đã được sử dụng.',
    );
    expect(el.querySelector('[data-testid="agency-form-error"]')?.getAttribute('role')).toBe('alert');
  });

  it('row buttons name their row; deactivate / reactivate ask first, then the message takes the focus', async () => {
    const { el, settle } = await render();
    const confirmSpy = jest.spyOn(window, 'confirm');
    const row = (name: string) =>
      Array.from(el.querySelectorAll('[data-testid="agencies-table"] tbody tr')).find((tr) =>
        tr.querySelector('th')?.textContent?.includes(name),
      ) as HTMLElement;
    const buttons = (name: string) =>
      Array.from(row(name).querySelectorAll('button')).map((b) => b.textContent?.trim());
    expect(buttons('Bộ Tư pháp')).toEqual(['Sửa Bộ Tư pháp', 'Hoạt động lại Bộ Tư pháp']);
    expect(buttons('Phường Đống Đa')[1]).toMatch(/^Ngừng.*Phường Đống Đa$/);

    confirmSpy.mockReturnValueOnce(false);
    (row('Phường Đống Đa').querySelectorAll('button')[1] as HTMLButtonElement).click();
    await settle();
    expect(mutations).toHaveLength(0);

    jest.useFakeTimers();
    confirmSpy.mockReturnValueOnce(true);
    answer = () => of({ data: { deactivateAgency: true } });
    (row('Phường Đống Đa').querySelectorAll('button')[1] as HTMLButtonElement).click();
    await Promise.resolve();
    await Promise.resolve();
    jest.runAllTimers();
    jest.useRealTimers();
    await settle();
    expect(mutations.map((m) => [m.mutation, m.variables])).toEqual([
      [CatalogDeactivateAgencyDocument, { id: 'x1' }],
    ]);
    const notice = el.querySelector('#agency-notice') as HTMLElement;
    expect(notice.textContent).toContain('Ủy ban nhân dân Phường Đống Đa');
    expect(document.activeElement).toBe(notice);

    confirmSpy.mockReturnValueOnce(true);
    (row('Bộ Tư pháp').querySelectorAll('button')[1] as HTMLButtonElement).click();
    await settle();
    expect(mutations[1]).toEqual({
      mutation: CatalogUpdateAgencyDocument,
      variables: { id: 'm1', input: { active: true } },
    });
    confirmSpy.mockRestore();
  });

  it('edits a row: the form opens with its values and saves them with updateAgency', async () => {
    const { el, settle, submit } = await render();
    const edit = Array.from(el.querySelectorAll('[data-testid="agencies-table"] tbody button')).find((b) =>
      b.textContent?.includes('Sửa Ủy ban nhân dân Phường Đống Đa'),
    ) as HTMLButtonElement;
    edit.click();
    await settle();
    await new Promise((r) => setTimeout(r));
    expect(document.activeElement?.id).toBe('agency-form-title');
    expect(document.activeElement?.textContent).toContain('Sửa');
    expect((el.querySelector('#f-agency-code') as HTMLInputElement).value).toBe('000.01.00.H01');
    answer = () => of({ data: { updateAgency: ROWS[1] } });
    submit();
    await settle();
    expect(mutations).toHaveLength(1);
    expect(mutations[0].mutation).toBe(CatalogUpdateAgencyDocument);
    expect(mutations[0].variables).toMatchObject({
      id: 'x1',
      input: { code: '000.01.00.H01', parentId: 'p1' },
    });
  });
});
