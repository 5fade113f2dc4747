import { ResolveField, Resolver } from '@nestjs/graphql';
import { TemplateFile } from './dto/template-file.model';
import { DocumentComponentEntity } from './entities/document-component.entity';
import { generatedTemplateName } from './generated-template.service';

/** Public download path of a component's template (see template.controller.ts). */
export function templateUrl(componentId: string): string {
  return `/files/templates/${componentId}`;
}

@Resolver(() => DocumentComponentEntity)
export class DocumentComponentResolver {
  @ResolveField(() => TemplateFile, { nullable: true, description: 'Mẫu đơn, tờ khai (nếu có).' })
  template(c: DocumentComponentEntity): TemplateFile | null {
    if (c.templateGenerated) {
      // Made on its first download (generated-template.service.ts): the size is known only after.
      return {
        fileName: c.templateName ?? generatedTemplateName(c.name),
        mimeType: 'application/pdf',
        size: c.templateSize,
        url: templateUrl(c.id),
      };
    }
    if (!c.templateKey) return null;
    return {
      fileName: c.templateName ?? 'mau-don',
      mimeType: c.templateMimeType ?? 'application/octet-stream',
      size: c.templateSize ?? 0,
      url: templateUrl(c.id),
    };
  }
}
