import {
  ReceiveDossierDocument,
  RejectDossierDocument,
  RequestSupplementDocument,
  StartProcessingDocument,
} from '@dvc/portal/data-access';

/** The officer's actions, in the order their buttons appear (the API says which are allowed now). */
export const OFFICER_ACTIONS = [
  'RECEIVE',
  'START_PROCESSING',
  'REQUEST_SUPPLEMENT',
  'COMPLETE',
  'REJECT',
] as const;
export type OfficerAction = (typeof OFFICER_ACTIONS)[number];

export function isOfficerAction(action: string): action is OfficerAction {
  return (OFFICER_ACTIONS as readonly string[]).includes(action);
}

/** Result files: the types and size the API's storage accepts (a first check; the API decides). */
export const RESULT_TYPES = ['pdf', 'doc', 'docx', 'jpg', 'png'];
export const RESULT_MAX_MB = 20;

/** Answers after which the dossier on screen is out of date: reload it and say why. */
export const CONFLICT_CODES = ['STALE_DOSSIER', 'INVALID_TRANSITION', 'NOT_FOUND'];

/** The JSON mutations (COMPLETE goes as multipart, see ResultUploadService). */
export const ACTION_DOCUMENTS = {
  RECEIVE: ReceiveDossierDocument,
  START_PROCESSING: StartProcessingDocument,
  REQUEST_SUPPLEMENT: RequestSupplementDocument,
  REJECT: RejectDossierDocument,
} as const;
