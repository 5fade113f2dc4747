import { Controller, Get, Logger, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { Public } from '../common/auth/auth.decorators';
import { ComponentTemplateService } from './component-template.service';

/** `attachment` with an ASCII fallback name and the real UTF-8 name (RFC 6266 / 5987). */
function attachment(fileName: string): string {
  const ascii =
    fileName
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .replace(/[^\x20-\x7e]|["\\]/g, '_') || 'mau-don';
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

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
    res.setHeader('Content-Type', file.mimeType);
    res.setHeader('Content-Length', String(file.size));
    res.setHeader('Content-Disposition', attachment(file.fileName));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    res.setHeader('Cache-Control', 'public, max-age=300');
    try {
      await pipeline(file.stream, res);
    } catch (error) {
      this.logger.warn(`Template download ${componentId} interrupted: ${(error as Error).message}`);
    }
  }
}
