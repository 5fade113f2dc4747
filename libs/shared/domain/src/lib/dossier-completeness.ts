import { APPLICANT_FIELDS, DossierApplicant } from './dossier-applicant';
import { FormFieldDefinition, FormFieldError, FormValues, validateForm } from './form-fields';

/** What `submitDossier` needs to know about a component. */
export interface ComponentRequirement {
  id: string;
  required: boolean;
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
  errors: Record<string, FormFieldError>;
}

/**
 * Checks a dossier as `submitDossier` does: every required form field and applicant detail is valid,
 * every required component has at least one file. The portal calls it to show the same list.
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
    .filter((c) => c.required && !(input.fileCountByComponent[c.id] > 0))
    .map((c) => c.id);
  const errors: Record<string, FormFieldError> = {};
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
