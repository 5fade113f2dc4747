import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { ERROR_MESSAGES, ErrorCode } from '@dvc/shared/domain';
import { I18nService } from '../core/i18n/i18n.service';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import { PageHeaderComponent } from '../core/ui/page-header.component';
import { developerExamples } from './developer-examples';

/** /nha-phat-trien — public: how an integrator gets a token, calls the API and verifies webhooks. */
@Component({
  selector: 'app-developer-page',
  imports: [TranslatePipe, PageHeaderComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './developer.page.html',
  styleUrl: './developer.page.scss',
})
export class DeveloperPage {
  protected readonly i18n = inject(I18nService);
  private readonly origin = inject(DOCUMENT).location?.origin ?? '';
  protected readonly ex = developerExamples(this.origin);
  protected readonly scopes = [
    { name: 'catalog:read', key: 'integration.dev.scope.catalogRead' },
    { name: 'dossiers:read', key: 'integration.dev.scope.dossiersRead' },
    { name: 'dossiers:process', key: 'integration.dev.scope.dossiersProcess' },
    { name: 'catalog:write', key: 'integration.dev.scope.catalogWrite' },
  ];
  /** From the shared list the API answers with, in the page's language. */
  protected readonly errors = computed(() => {
    const lang = this.i18n.lang();
    return (Object.values(ErrorCode) as ErrorCode[]).map((code) => ({
      code,
      meaning: ERROR_MESSAGES[code][lang],
    }));
  });
}
