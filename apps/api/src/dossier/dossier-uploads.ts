import { Injectable, Logger } from '@nestjs/common';
import { ErrorCode } from '@dvc/shared/domain';
import { randomUUID } from 'node:crypto';
import { DomainError } from '../common/errors/domain-error';
import { StorageDriver, StoredFile } from '../common/storage/storage';
import { FileUpload, openUpload, uploadError } from '../common/upload/file-upload';
import { AppConfig } from '../config/app-config';
import { DocumentComponentEntity } from '../service/entities/document-component.entity';
import { DossierFileEntity, DossierFileKind } from './entities/dossier-file.entity';

const MB = 1024 * 1024;

/** What files are uploaded for: a document component, or the agency's result (processing/). */
export type UploadTarget = Pick<DocumentComponentEntity, 'id' | 'name' | 'maxSizeMb' | 'acceptedTypes'>;

export interface PlannedUpload {
  component: UploadTarget;
  upload: Promise<FileUpload> | FileUpload;
}

export interface StoredUpload {
  component: UploadTarget;
  fileName: string;
  stored: StoredFile;
}

/** The dossier_files row of a stored upload; its component is the upload's target (a result's: the dossier). */
export function dossierFileRow(
  dossierId: string,
  s: StoredUpload,
  kind: DossierFileKind,
  uploadedBy: string,
  uploadedAt: Date,
): Partial<DossierFileEntity> {
  return {
    id: randomUUID(),
    dossierId,
    componentId: s.component.id,
    kind,
    fileName: s.fileName,
    size: s.stored.size,
    mimeType: s.stored.mimeType,
    detectedType: s.stored.detectedType,
    sha256: s.stored.sha256,
    storageKey: s.stored.key,
    uploadedBy,
    uploadedAt,
  };
}

/**
 * Streams a request's files into storage, one after the other, each checked against its component
 * (size: the component's maxSizeMb within the global cap; type: by content). Any failure removes
 * what this request already stored, so nothing is left behind; the caller removes the stored files
 * again if its transaction fails.
 */
@Injectable()
export class DossierUploads {
  private readonly logger = new Logger(DossierUploads.name);

  constructor(
    private readonly storage: StorageDriver,
    private readonly config: AppConfig,
  ) {}

  maxBytesOf(component: UploadTarget): number {
    const own = component.maxSizeMb > 0 ? Math.floor(component.maxSizeMb * MB) : Infinity;
    return Math.min(own, this.config.uploadMaxFileBytes);
  }

  async storeAll(planned: readonly PlannedUpload[]): Promise<StoredUpload[]> {
    const done: StoredUpload[] = [];
    try {
      for (const { component, upload } of planned) {
        const opened = await openUpload(upload).catch((e: unknown) => {
          throw this.describe(uploadError(e, ''), component);
        });
        try {
          const stored = await this.storage.put(opened.stream, {
            maxBytes: this.maxBytesOf(component),
            acceptedTypes: component.acceptedTypes,
            fileName: opened.fileName,
          });
          done.push({ component, fileName: opened.fileName, stored });
        } catch (error) {
          throw this.describe(uploadError(error, opened.fileName), component);
        }
      }
      return done;
    } catch (error) {
      await this.remove(done.map((d) => d.stored.key));
      throw error;
    }
  }

  /** Best effort: a file that cannot be removed is logged (an orphan file, never a dangling row). */
  async remove(keys: readonly string[]): Promise<void> {
    await Promise.all(
      keys.map((key) =>
        this.storage.delete(key).catch((e: unknown) => {
          this.logger.error(`Could not delete stored file ${key}: ${(e as Error).message}`);
        }),
      ),
    );
  }

  /** Names the file and its component in the error, as the portal shows it next to the file. */
  private describe(error: DomainError, component: UploadTarget): DomainError {
    const fileName = String(error.details['fileName'] ?? '');
    const details = { ...error.details, fileName, componentId: component.id, componentName: component.name };
    const file = fileName ? `Tệp "${fileName}"` : 'Tệp';
    if (error.code === ErrorCode.FILE_TOO_LARGE) {
      const maxMb = Math.round((this.maxBytesOf(component) / MB) * 10) / 10;
      return new DomainError(
        error.code,
        `${file} của thành phần "${component.name}" vượt quá dung lượng cho phép (tối đa ${maxMb} MB).`,
        { ...details, maxSizeMb: maxMb },
      );
    }
    if (error.code === ErrorCode.FILE_TYPE_NOT_ALLOWED) {
      return new DomainError(
        error.code,
        `${file} của thành phần "${component.name}" không đúng định dạng cho phép (${component.acceptedTypes.join(', ')}).`,
        { ...details, acceptedTypes: component.acceptedTypes },
      );
    }
    if (error.code === ErrorCode.UPLOAD_FAILED) {
      return new DomainError(
        error.code,
        `${file} của thành phần "${component.name}" tải lên không thành công.`,
        details,
      );
    }
    return error;
  }
}
