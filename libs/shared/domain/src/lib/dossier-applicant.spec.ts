import { cleanApplicant, validateApplicant } from './dossier-applicant';
import { checkCompleteness } from './dossier-completeness';
import { FormFieldDefinition } from './form-fields';

const good = {
  fullName: ' Nguyễn Văn An ',
  citizenId: '001203004005',
  phone: '0912 345 678',
  provinceCode: '01',
};

describe('dossier applicant', () => {
  it('accepts a complete applicant and cleans it', () => {
    expect(validateApplicant(good)).toEqual({});
    expect(cleanApplicant(good)).toMatchObject({
      fullName: 'Nguyễn Văn An',
      phone: '0912345678',
      email: null,
      provinceCode: '01',
    });
  });

  it('checks only what is filled in on a draft', () => {
    expect(validateApplicant({}, { partial: true })).toEqual({});
    expect(Object.keys(validateApplicant({ citizenId: '12' }, { partial: true }))).toEqual(['citizenId']);
    expect(Object.keys(validateApplicant({}))).toEqual(['fullName', 'citizenId', 'phone']);
    expect(Object.keys(validateApplicant({ ...good, provinceCode: '99' }))).toEqual(['provinceCode']);
  });
});

describe('checkCompleteness', () => {
  const fields: FormFieldDefinition[] = [
    { key: 'reason', label: 'Lý do', type: 'TEXT', required: true },
    { key: 'note', label: 'Ghi chú', type: 'TEXT', required: false },
  ];
  const components = [
    { id: 'c1', required: true },
    { id: 'c2', required: false },
  ];

  it('lists missing field keys, applicant details and component ids', () => {
    const result = checkCompleteness({
      fields,
      formData: {},
      applicant: { fullName: 'An' },
      components,
      fileCountByComponent: { c2: 1 },
    });
    expect(result.complete).toBe(false);
    expect(result.missingFields).toEqual(['reason']);
    expect(result.missingApplicantFields).toEqual(['applicant.citizenId', 'applicant.phone']);
    expect(result.missingComponents).toEqual(['c1']);
    expect(Object.keys(result.errors)).toContain('formData.reason');
  });

  it('is complete when everything required is there', () => {
    const result = checkCompleteness({
      fields,
      formData: { reason: 'x' },
      applicant: good,
      components,
      fileCountByComponent: { c1: 2 },
    });
    expect(result).toMatchObject({ complete: true, missingComponents: [], missingFields: [] });
  });
});
