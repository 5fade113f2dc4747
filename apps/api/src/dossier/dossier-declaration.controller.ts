import { Controller, Get, Logger, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Readable } from 'node:stream';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/auth.decorators';
import { DomainError } from '../common/errors/domain-error';
import { RateLimitRule, RateLimitService } from '../common/rate-limit/rate-limit.service';
import { sendAttachment } from '../common/http/send-attachment';
import { renderFormPdf } from '../forms/form-pdf';
import { buildFormSheet, formTitle, sheetCatalog } from '../forms/form-sheet';
import { CatalogReader } from '../service/catalog-reader.service';
import { DossierAccess, isUuid } from './dossier-access.service';
import { toFormFieldDefinition } from '@dvc/shared/domain';

/**
 * GET /files/declarations/:dossierId/:componentId: Tải tờ khai đã điền, the procedure's declaration
 * filled in from the dossier's saved intake form and applicant. Same readers as GET /files/:id (the
 * owner, officers of the receiving agency once sent; NOT_FOUND for anyone else), drawn on each request
 * (it holds personal data, so it is never cached, and the citizen's latest save shows at once).
 */
/** Each download draws a PDF (CPU): a citizen needs a handful, a script hammering it gets stopped. */
export const DECLARATION_RATE_LIMIT: RateLimitRule = {
  name: 'declaration:account',
  limit: 20,
  windowSeconds: 60,
};

@Controller('files/declarations')
export class DossierDeclarationController {
  private readonly logger = new Logger(DossierDeclarationController.name);

  constructor(
    private readonly access: DossierAccess,
    private readonly catalog: CatalogReader,
    private readonly rateLimits: RateLimitService,
  ) {}

  @Get(':dossierId/:componentId')
  async download(
    @Param('dossierId') dossierId: string,
    @Param('componentId') componentId: string,
    @CurrentUser() user: AuthUser,
    @Res() res: Response,
  ): Promise<void> {
    await this.rateLimits.consume(DECLARATION_RATE_LIMIT, user.id);
    const dossier = await this.access.findReadable(user, dossierId);
    const component = isUuid(componentId) ? await this.catalog.getComponent(componentId) : null;
    if (!component || component.procedureId !== dossier.serviceId || !component.isDeclaration) {
      throw DomainError.notFound();
    }
    const procedure = await this.catalog.getProcedure(dossier.serviceId, { includeInactive: true });
    const agency = await this.catalog.getAgency(dossier.agencyId);
    if (!procedure || !agency) throw DomainError.notFound();
    const fields = (await this.catalog.getFormFields(procedure.id)).map(toFormFieldDefinition);
    const pdf = await renderFormPdf(
      buildFormSheet(sheetCatalog(component, procedure, agency, fields), {
        applicant: dossier.applicant,
        formData: dossier.formData,
        dossierCode: dossier.code,
        at: dossier.submittedAt ?? dossier.updatedAt,
      }),
    );
    await sendAttachment(
      res,
      {
        stream: Readable.from(pdf),
        fileName: `${formTitle(component.name)} - ${dossier.code ?? 'ban-nhap'}.pdf`,
        mimeType: 'application/pdf',
        size: pdf.length,
        cacheControl: 'private, no-store',
      },
      this.logger,
    );
  }
}
