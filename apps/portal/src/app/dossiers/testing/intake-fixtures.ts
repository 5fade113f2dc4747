import type { DossierFullFragment, IntakeServiceFragment } from '@dvc/portal/data-access';

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

type Dossier = DossierFullFragment;

/** An uploaded PDF in component c1. */
export function testFile(over: Partial<Dossier['files'][number]> = {}): Dossier['files'][number] {
  return {
    id: 'f1',
    componentId: 'c1',
    fileName: 'a.pdf',
    size: 1,
    mimeType: '',
    uploadedAt: '',
    downloadUrl: '',
    ...over,
  };
}

/** A draft of `service` (an applicant with the required fields, nothing else unless given). */
export function testDossier(service: IntakeServiceFragment, over: Partial<Dossier> = {}): Dossier {
  return {
    id: 'd1',
    code: null,
    status: 'DRAFT',
    version: 1,
    serviceId: service.id,
    formSnapshot: null,
    createdAt: '',
    updatedAt: '',
    submittedAt: null,
    dueDate: null,
    formData: {},
    availableActions: ['EDIT', 'SUBMIT'],
    applicant: {
      fullName: 'Nguyễn An',
      citizenId: '001090000001',
      dateOfBirth: null,
      gender: null,
      phone: '0912345678',
      email: null,
      provinceCode: null,
      commune: null,
      street: null,
    },
    files: [],
    history: [],
    result: null,
    agency: null,
    service,
    ...over,
  } as Dossier;
}
