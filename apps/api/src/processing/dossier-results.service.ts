import { Injectable } from '@nestjs/common';
import { DossierAction, ErrorCode } from '@dvc/shared/domain';
import type { AuthUser } from '../common/auth/auth-user';
import { TransactionRunner } from '../common/database/transaction-runner';
import { DomainError } from '../common/errors/domain-error';
import type { FileUpload } from '../common/upload/file-upload';
import { AppConfig } from '../config/app-config';
import { DossierTransitions } from '../dossier/dossier-transitions.service';
import { dossierFileRow, DossierUploads, UploadTarget } from '../dossier/dossier-uploads';
import { DossierFileEntity } from '../dossier/entities/dossier-file.entity';
import { DossierEntity } from '../dossier/entities/dossier.entity';
import { DossierResultEntity } from './entities/dossier-result.entity';
import { OfficerDossiers } from './officer-dossiers.service';
import { PROCESSING_LIMITS } from './processing-limits';

/** What a result file may be: a signed PDF, a scan (image) or a Word document, 20 MB at most. */
export const RESULT_FILE_RULES = {
  name: 'Kết quả giải quyết',
  maxSizeMb: 20,
  acceptedTypes: ['pdf', 'jpg', 'png', 'gif', 'webp', 'doc', 'docx'],
};

/**
 * completeDossier: IN_PROGRESS → COMPLETED with the result. As for the citizen's uploads, every check
 * that needs no file comes first, the files are streamed into storage (type by content, size while
 * streaming), then one transaction writes the status, the result and its file rows. If that fails,
 * the stored files are removed: no orphan file, never a row without its file.
 */
@Injectable()
export class DossierResultsService {
  constructor(
    private readonly officer: OfficerDossiers,
    private readonly transitions: DossierTransitions,
    private readonly uploads: DossierUploads,
    private readonly tx: TransactionRunner,
    private readonly config: AppConfig,
  ) {}

  async complete(
    user: AuthUser,
    id: string,
    expectedVersion: number,
    note: string | null | undefined,
    resultFiles: (Promise<FileUpload> | FileUpload)[],
  ): Promise<DossierEntity> {
    const prepared = await this.officer.prepare(user, id, expectedVersion, DossierAction.COMPLETE, {
      note,
      limit: PROCESSING_LIMITS.completePerAccount,
    });
    if (!resultFiles?.length) {
      throw DomainError.validation({ resultFiles: 'Vui lòng đính kèm ít nhất một tệp kết quả.' });
    }
    const maxFiles = this.config.env.UPLOAD_MAX_FILES;
    if (resultFiles.length > maxFiles) {
      throw new DomainError(ErrorCode.TOO_MANY_FILES, `Tối đa ${maxFiles} tệp kết quả.`, { maxFiles });
    }
    // componentId of a result file: the dossier itself (the result is no component of the form).
    const target: UploadTarget = { id: prepared.dossier.id, ...RESULT_FILE_RULES };
    const stored = await this.uploads.storeAll(resultFiles.map((upload) => ({ component: target, upload })));
    try {
      return await this.tx.run(async (em) => {
        const at = new Date();
        const dossier = await this.transitions.apply(
          em,
          prepared.dossier,
          DossierAction.COMPLETE,
          prepared.actor,
          {
            at,
            note: prepared.note,
          },
        );
        await em.insert(DossierResultEntity, {
          dossierId: dossier.id,
          note: prepared.note,
          officerId: user.id,
          officerName: prepared.actor.name,
          agencyId: prepared.actor.agencyId,
          issuedAt: at,
        });
        await em.insert(
          DossierFileEntity,
          stored.map((s) => dossierFileRow(dossier.id, s, 'RESULT', user.id, at)),
        );
        return dossier;
      });
    } catch (error) {
      await this.uploads.remove(stored.map((s) => s.stored.key));
      throw error;
    }
  }
}
