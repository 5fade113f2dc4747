import { CATALOG_SEED, ComponentSeed } from './catalog-seed-data';

/** What a citizen reads as "fill in the form": "…theo mẫu" in the name or description, or "tải mẫu (về)". */
const SAYS_TEMPLATE = /theo mẫu|tải mẫu/i;

const components = CATALOG_SEED.procedures.flatMap((p) => p.components.map((c) => ({ procedure: p, c })));
const says = (c: ComponentSeed) => SAYS_TEMPLATE.test(c.name) || SAYS_TEMPLATE.test(c.description);

describe('seeded form templates and declarations', () => {
  it('marks exactly the 52 of 191 components that speak of a form for a generated template', () => {
    expect(components).toHaveLength(191);
    expect(components.filter(({ c }) => says(c))).toHaveLength(52);
    expect(components.filter(({ c }) => c.template)).toHaveLength(52);
    expect(components.filter(({ c }) => !!c.template !== says(c)).map(({ c }) => c.name)).toEqual([]);
  });

  it('flags at most one declaration per procedure, always one with a template', () => {
    const declarations = components.filter(({ c }) => c.isDeclaration);
    expect(declarations).toHaveLength(46);
    expect(declarations.every(({ c }) => c.template)).toBe(true);
    const perProcedure = new Map<string, number>();
    for (const { procedure } of declarations) {
      perProcedure.set(procedure.code, (perProcedure.get(procedure.code) ?? 0) + 1);
    }
    expect([...perProcedure.values()].every((n) => n === 1)).toBe(true);
    // Declarations are the application itself (tờ khai, đơn, giấy đề nghị, thông báo, phiếu yêu cầu …);
    // plans, lists of works and third-party certificates "theo mẫu" are not.
    expect(
      declarations
        .map(({ c }) => c.name)
        .filter((n) => /^(Phương án|Bản khai|Bản thuyết minh|Danh sách|Giấy xác nhận)/.test(n)),
    ).toEqual([]);
  });

  it('requires a signature only of declarations that another party signs or seals', () => {
    const signed = components.filter(({ c }) => c.requiresSignature);
    expect(signed.every(({ c }) => c.isDeclaration)).toBe(true);
    expect(signed.map(({ procedure }) => procedure.code).sort()).toEqual([
      '1.000894', // kết hôn: both parties
      '1.001022', // nhận cha, mẹ, con: both parties
      '1.004837', // giám hộ: the guardian
      '1.011441', // biện pháp bảo đảm: both parties
      '1.013207', // công chứng viên: the notary organisation
      '1.014199', // giấy phép lao động: the employer's seal
      '2.000806', // kết hôn (có yếu tố nước ngoài): both parties
    ]);
  });
});
