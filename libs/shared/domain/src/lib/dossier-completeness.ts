import { APPLICANT_FIELDS, DossierApplicant } from './dossier-applicant';
import { FieldIssue } from './field-issues';
import { FormFieldDefinition, FormValues, validateForm } from './form-fields';

/** What `submitDossier` needs to know about a component. */
export interface ComponentRequirement {
  id: string;
  required: boolean;
  /** The procedure's own declaration (tờ khai, đơn … theo mẫu): the intake form fills it in. */
  isDeclaration?: boolean;
  /** The declaration must still be printed, signed (or sealed) and attached. */
  requiresSignature?: boolean;
}

/**
 * Whether a component needs an attached file before the dossier can be sent: a required one does,
 * unless it is the declaration that the intake form itself satisfies (no signature required).
 */
export function componentNeedsFile(component: ComponentRequirement): boolean {
  return component.required && !(component.isDeclaration && !component.requiresSignature);
}

/** What is missing or wrong before a dossier can be sent (DOSSIER_INCOMPLETE lists it). */
export interface DossierCompleteness {
  complete: boolean;
  /** Keys of intake-form fields that are missing or invalid. */
  missingFields: string[];
  /** `applicant.<key>` for applicant details that are missing or invalid. */
  missingApplicantFields: string[];
  /** Ids of required document components without any file. */
  missingComponents: string[];
  /** Per field (`formData.<key>` / `applicant.<key>`): the error. */
  errors: Record<string, FieldIssue>;
}

/**
 * Checks a dossier as `submitDossier` does: every required form field and applicant detail is valid,
 * every required component has at least one file (`componentNeedsFile`: a declaration filled in by
 * the intake form needs none unless it must be signed). The portal calls it to show the same list.
 */
export function checkCompleteness(input: {
  fields: readonly FormFieldDefinition[];
  formData: FormValues | null | undefined;
  applicant: Partial<DossierApplicant> | null | undefined;
  components: readonly ComponentRequirement[];
  fileCountByComponent: Readonly<Record<string, number>>;
}): DossierCompleteness {
  const formErrors = validateForm(input.fields, input.formData ?? {});
  const applicantErrors = validateForm(APPLICANT_FIELDS, (input.applicant ?? {}) as FormValues);
  const missingComponents = input.components
    .filter((c) => componentNeedsFile(c) && !(input.fileCountByComponent[c.id] > 0))
    .map((c) => c.id);
  const errors: Record<string, FieldIssue> = {};
  for (const [k, e] of Object.entries(applicantErrors)) errors[`applicant.${k}`] = e;
  for (const [k, e] of Object.entries(formErrors)) errors[`formData.${k}`] = e;
  const missingFields = Object.keys(formErrors);
  const missingApplicantFields = Object.keys(applicantErrors).map((k) => `applicant.${k}`);
  return {
    complete: missingFields.length + missingApplicantFields.length + missingComponents.length === 0,
    missingFields,
    missingApplicantFields,
    missingComponents,
    errors,
  };
}
