import type { CatalogAgencyRowFragment } from '@dvc/portal/data-access';
import { agencyTree, filterTree, matchesSearch, pageOf } from './agency-tree';
import { keyboardTarget, moveItem } from './field-order';

const agency = (
  id: string,
  name: string,
  level: CatalogAgencyRowFragment['level'],
  parent: string | null = null,
): CatalogAgencyRowFragment => ({
  id,
  code: id.toUpperCase(),
  name,
  level,
  provinceCode: level === 'MINISTRY' ? null : '01',
  active: true,
  parent: parent ? { id: parent } : null,
});

const agencies = [
  agency('x2', 'Ủy ban nhân dân Phường Ba Đình', 'COMMUNE', 'p1'),
  agency('p1', 'Ủy ban nhân dân Thành phố Hà Nội', 'PROVINCE'),
  agency('m1', 'Bộ Tư pháp', 'MINISTRY'),
  agency('d1', 'Sở Tư pháp Hà Nội', 'PROVINCE', 'p1'),
  agency('x1', 'Ủy ban nhân dân Phường Đống Đa', 'COMMUNE', 'p1'),
  agency('o1', 'Ủy ban nhân dân xã Mồ Côi', 'COMMUNE', 'missing'),
];

describe('agency tree', () => {
  it('puts each agency under its parent: ministries, then provinces, then communes; by Vietnamese name', () => {
    const rows = agencyTree(agencies);
    expect(rows.map((r) => [r.agency.id, r.depth])).toEqual([
      ['m1', 0],
      ['p1', 0],
      ['d1', 1],
      ['x2', 1],
      ['x1', 1],
      // Its parent is not in the list: shown as a root rather than hidden.
      ['o1', 0],
    ]);
    expect(rows[3].path).toEqual(['Ủy ban nhân dân Thành phố Hà Nội']);
  });

  it('searches without diacritics (đ = d), every word, and keeps the ancestors of a match', () => {
    const rows = agencyTree(agencies);
    expect(filterTree(rows, 'dong da').map((r) => r.agency.id)).toEqual(['p1', 'x1']);
    expect(filterTree(rows, 'TU PHAP').map((r) => r.agency.id)).toEqual(['m1', 'p1', 'd1']);
    expect(filterTree(rows, '').length).toBe(rows.length);
    expect(matchesSearch('HO-TICH', 'Hộ tịch', 'ho tich')).toBe(true);
    expect(matchesSearch('HO-TICH', 'Hộ tịch', 'cư trú')).toBe(false);
  });

  it('pages a list (the last page clamps)', () => {
    const items = Array.from({ length: 45 }, (_, i) => i);
    expect(pageOf(items, 1, 20)).toEqual({ items: items.slice(0, 20), pages: 3 });
    expect(pageOf(items, 9, 20).items).toEqual(items.slice(40));
    expect(pageOf([], 1, 20)).toEqual({ items: [], pages: 1 });
  });
});

describe('field order', () => {
  it('moves an item, clamped to the list', () => {
    expect(moveItem(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 9)).toEqual(['b', 'c', 'a']);
    expect(moveItem(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'b', 'c']);
  });

  it('Alt+Arrow/Home/End give the target; plain arrows and moves past an end give none', () => {
    expect(keyboardTarget({ altKey: true, key: 'ArrowDown' }, 0, 3)).toBe(1);
    expect(keyboardTarget({ altKey: true, key: 'ArrowUp' }, 0, 3)).toBeNull();
    expect(keyboardTarget({ altKey: true, key: 'End' }, 0, 3)).toBe(2);
    expect(keyboardTarget({ altKey: true, key: 'Home' }, 2, 3)).toBe(0);
    expect(keyboardTarget({ altKey: false, key: 'ArrowDown' }, 0, 3)).toBeNull();
  });
});
