import { Controller, Get, Logger, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../common/auth/auth.decorators';
import { sendAttachment } from '../common/http/send-attachment';
import { ComponentTemplateService } from './component-template.service';

/**
 * GET /files/templates/:componentId: a component's template (mẫu đơn, tờ khai), public like the
 * service page that links it. Served as an attachment with nosniff and a sandbox CSP, so it is
 * never rendered as a page of this origin.
 */
@Controller('files/templates')
export class TemplateController {
  private readonly logger = new Logger(TemplateController.name);

  constructor(private readonly templates: ComponentTemplateService) {}

  @Public()
  @Get(':componentId')
  async download(@Param('componentId') componentId: string, @Res() res: Response): Promise<void> {
    const file = await this.templates.open(componentId);
    await sendAttachment(res, { ...file, cacheControl: 'public, max-age=300' }, this.logger);
  }
}
