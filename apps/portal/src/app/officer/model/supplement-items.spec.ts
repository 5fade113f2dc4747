import { buildSupplementItems, SUPPLEMENT_COMMENT_MAX, supplementTargets } from './supplement-items';

describe('supplement items', () => {
  it('offers the components (numbered) and then the form fields', () => {
    const targets = supplementTargets(
      [
        { id: 'c1', position: 1, name: 'Tờ khai' },
        { id: 'c2', position: 2, name: 'Giấy chứng sinh' },
      ],
      [{ key: 'childFullName', label: 'Họ tên trẻ' }],
    );
    expect(targets).toEqual([
      { value: 'c:c1', label: '1. Tờ khai', kind: 'component' },
      { value: 'c:c2', label: '2. Giấy chứng sinh', kind: 'component' },
      { value: 'f:childFullName', label: 'Họ tên trẻ', kind: 'field' },
    ]);
  });

  it('turns rows into items naming a component or a field, with trimmed comments', () => {
    const built = buildSupplementItems([
      { key: 1, target: 'c:c1', comment: '  Bản scan bị mờ ' },
      { key: 2, target: 'f:childFullName', comment: 'Sai chính tả' },
    ]);
    expect(built.errors.size).toBe(0);
    expect(built.empty).toBe(false);
    expect(built.items).toEqual([
      { componentId: 'c1', comment: 'Bản scan bị mờ' },
      { fieldKey: 'childFullName', comment: 'Sai chính tả' },
    ]);
  });

  it('flags each bad row and sends nothing while any row is bad', () => {
    const built = buildSupplementItems([
      { key: 1, target: '', comment: 'x' },
      { key: 2, target: 'c:c1', comment: '   ' },
      { key: 3, target: 'c:c2', comment: 'x'.repeat(SUPPLEMENT_COMMENT_MAX + 1) },
      { key: 4, target: 'f:a', comment: 'ok' },
      { key: 5, target: 'f:a', comment: 'again' },
    ]);
    expect([...built.errors]).toEqual([
      [1, 'target'],
      [2, 'comment'],
      [3, 'commentTooLong'],
      [5, 'duplicate'],
    ]);
    expect(built.items).toEqual([]);
  });

  it('says when there is no row at all', () => {
    expect(buildSupplementItems([])).toEqual({ items: [], errors: new Map(), empty: true });
  });
});
