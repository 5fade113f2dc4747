import type { IntakeServiceFragment } from '@dvc/portal/data-access';

/** Test data shared by the dossier specs: a procedure as the intake form reads it. */
type Component = IntakeServiceFragment['components'][number];
type Field = IntakeServiceFragment['formFields'][number];

export function testComponent(
  over: Partial<Component> & Pick<Component, 'id' | 'position' | 'name'>,
): Component {
  return {
    description: '',
    required: false,
    originals: 1,
    copies: 0,
    acceptedTypes: ['pdf'],
    maxSizeMb: 1,
    isDeclaration: false,
    requiresSignature: false,
    template: null,
    ...over,
  };
}

export function testField(
  over: Partial<Field> & Pick<Field, 'id' | 'position' | 'key' | 'label' | 'type'>,
): Field {
  return {
    help: null,
    required: true,
    options: null,
    minLength: null,
    maxLength: null,
    min: null,
    max: null,
    pattern: null,
    ...over,
  };
}

/** "Khai báo tạm vắng" with the given components and fields (none by default). */
export function testService(over: Partial<IntakeServiceFragment> = {}): IntakeServiceFragment {
  return {
    id: 's1',
    code: '1.003677',
    name: 'Khai báo tạm vắng',
    active: true,
    processingDays: 1,
    agency: { id: 'a1', name: 'Công an xã' },
    components: [],
    formFields: [],
    ...over,
  };
}

/** Nơi đến: the one required text field most specs need. */
export const DESTINATION_FIELD = testField({
  id: 'f1',
  position: 1,
  key: 'destination',
  label: 'Nơi đến',
  type: 'TEXT',
  maxLength: 255,
});
