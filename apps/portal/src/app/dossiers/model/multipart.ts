/** Moved to core/apollo (the citizen's and the officer's uploads share it); kept for existing importers. */
export { multipartBody, perFileProgress } from '../../core/apollo/multipart';
export type { MultipartFile } from '../../core/apollo/multipart';
