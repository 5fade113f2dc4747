import {
  checkAgency,
  checkComponent,
  checkFormFieldDefinition,
  checkFormFieldInput,
  checkProcedure,
  checkSector,
  InputChecker,
} from './catalog-rules';
import { fieldIssueMessages } from './field-issues';

const codes = (check: InputChecker) =>
  Object.fromEntries(Object.entries(check.issues()).map(([k, v]) => [k, v?.code]));

describe('catalog input rules (shared with the admin console)', () => {
  it('agency and sector: a code in the national style and a name; an update may leave both out', () => {
    const ok = new InputChecker();
    expect(checkAgency(ok, { code: ' 000.00.12.H29 ', name: ' Sở Tư pháp ' }, true)).toEqual({
      code: '000.00.12.H29',
      name: 'Sở Tư pháp',
    });
    expect(ok.ok).toBe(true);
    const bad = new InputChecker();
    checkAgency(bad, { code: 'sở-tp', name: '' }, true);
    expect(codes(bad)).toEqual({ code: 'invalidCode', name: 'required' });
    expect(fieldIssueMessages(bad.issues(), 'en')['code']).toBe(
      'This code is not valid (e.g. 000.00.12.H29).',
    );
    const missing = new InputChecker();
    checkSector(missing, {}, true);
    expect(codes(missing)).toEqual({ code: 'required', name: 'required' });
    const update = new InputChecker();
    expect(checkSector(update, {}, false)).toEqual({ code: undefined, name: undefined });
    expect(update.ok).toBe(true);
  });

  it('procedure: code, name of 3 to 500 characters, whole numbers in range, bounded texts', () => {
    const check = new InputChecker();
    checkProcedure(
      check,
      { code: '1.001193', name: 'ab', processingDays: 366, feeAmount: 1.5, description: 'x'.repeat(10_001) },
      true,
    );
    expect(codes(check)).toEqual({
      name: 'tooShort',
      processingDays: 'integerRange',
      feeAmount: 'integerRange',
      description: 'tooLong',
    });
  });

  it('component: known file types and a size within the server cap', () => {
    const check = new InputChecker();
    const { acceptedTypes } = checkComponent(
      check,
      { name: 'Tờ khai', acceptedTypes: ['.PDF', 'pdf', 'exe'], maxSizeMb: 50 },
      true,
      20,
    );
    expect(acceptedTypes).toEqual(['pdf', 'exe']);
    expect(codes(check)).toEqual({ acceptedTypes: 'unknownFileTypes', maxSizeMb: 'sizeLimit' });
    expect(fieldIssueMessages(check.issues())['maxSizeMb']).toBe(
      'Dung lượng tối đa phải lớn hơn 0 và không quá 20 MB.',
    );
    const empty = new InputChecker();
    checkComponent(empty, { acceptedTypes: [] }, false, 20);
    expect(codes(empty)).toEqual({ acceptedTypes: 'noFileType' });
  });

  it('form field: key style, safe patterns, options and coherent bounds', () => {
    const check = new InputChecker();
    checkFormFieldInput(check, { key: 'Full name', label: 'Họ tên', pattern: '(a+)+' }, true);
    expect(codes(check)).toEqual({ key: 'invalidFieldKey', pattern: 'unsafeRegex' });
    const broken = new InputChecker();
    checkFormFieldInput(broken, { key: 'a', label: 'A', pattern: '(' }, true);
    expect(codes(broken)).toEqual({ pattern: 'invalidRegex' });
    const definition = new InputChecker();
    checkFormFieldDefinition(definition, {
      type: 'SELECT',
      options: [
        { value: 'a', label: 'A' },
        { value: 'a', label: 'B' },
      ],
      minLength: 5,
      maxLength: 2,
    });
    expect(codes(definition)).toEqual({ options: 'duplicateOptions', minLength: 'minAboveMax' });
    const few = new InputChecker();
    checkFormFieldDefinition(few, { type: 'SELECT', options: [{ value: 'a', label: 'A' }], min: 3, max: 1 });
    expect(codes(few)).toEqual({ options: 'fewOptions', min: 'minAboveMax' });
  });
});
