import { checkCompleteness, componentNeedsFile } from './dossier-completeness';

const applicant = { fullName: 'Nguyễn Văn An', citizenId: '001099012345', phone: '0912345678' };

describe('componentNeedsFile', () => {
  it('asks for a file on a required component, unless the intake form is its declaration', () => {
    expect(componentNeedsFile({ id: 'a', required: true })).toBe(true);
    expect(componentNeedsFile({ id: 'a', required: false })).toBe(false);
    expect(componentNeedsFile({ id: 'a', required: true, isDeclaration: true })).toBe(false);
    expect(
      componentNeedsFile({ id: 'a', required: true, isDeclaration: true, requiresSignature: true }),
    ).toBe(true);
    expect(
      componentNeedsFile({ id: 'a', required: false, isDeclaration: true, requiresSignature: true }),
    ).toBe(false);
    // requiresSignature alone (not a declaration) changes nothing.
    expect(componentNeedsFile({ id: 'a', required: true, requiresSignature: true })).toBe(true);
  });
});

describe('checkCompleteness with declaration components', () => {
  const components = [
    { id: 'declaration', required: true, isDeclaration: true, requiresSignature: false },
    { id: 'signed', required: true, isDeclaration: true, requiresSignature: true },
    { id: 'proof', required: true, isDeclaration: false, requiresSignature: false },
  ];

  it('lists only the components that still need a file', () => {
    const result = checkCompleteness({
      fields: [],
      formData: {},
      applicant,
      components,
      fileCountByComponent: {},
    });
    expect(result.complete).toBe(false);
    expect(result.missingComponents).toEqual(['signed', 'proof']);
  });

  it('is complete without a file on the declaration the form fills in', () => {
    const result = checkCompleteness({
      fields: [],
      formData: {},
      applicant,
      components,
      fileCountByComponent: { signed: 1, proof: 2 },
    });
    expect(result).toMatchObject({ complete: true, missingComponents: [] });
  });
});
