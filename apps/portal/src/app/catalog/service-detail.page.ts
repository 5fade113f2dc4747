import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { ServiceDetailDocument, ServiceDetailQuery } from '@dvc/portal/data-access';
import { combineLatest, map } from 'rxjs';
import { Apollo } from 'apollo-angular';
import { toUiError } from '../core/apollo/graphql-errors';
import { loadState } from '../core/apollo/load-state';
import { I18nService } from '../core/i18n/i18n.service';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import { Crumb, PageHeaderComponent } from '../core/ui/page-header.component';
import { PortalTitleStrategy } from '../core/i18n/page-title.strategy';
import { AuthStore } from '../core/auth/auth.store';
import { daysLabel } from './catalog-format';
import { intakeFormPath } from './catalog-query';
import { LevelBadgeComponent } from './level-badge.component';

type Service = NonNullable<ServiceDetailQuery['serviceByCode']>;
type PageState =
  | { status: 'loading' }
  | { status: 'ready'; service: Service }
  | { status: 'missing' }
  | { status: 'error'; message: string };

/**
 * The service page (/dich-vu-cong/:code): everything about the procedure, its required documents
 * with their templates, a preview of the intake form, the legal basis, and the Đăng ký button.
 */
@Component({
  selector: 'app-service-detail-page',
  imports: [RouterLink, TranslatePipe, LevelBadgeComponent, PageHeaderComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './service-detail.page.html',
  styleUrl: './service-detail.page.scss',
})
export class ServiceDetailPage {
  private readonly apollo = inject(Apollo);
  private readonly route = inject(ActivatedRoute);
  protected readonly i18n = inject(I18nService);
  private readonly retry = signal(0);
  private readonly titles = inject(PortalTitleStrategy);
  protected readonly auth = inject(AuthStore);
  protected readonly crumbs: Crumb[] = [{ key: 'core.nav.services', link: '/dich-vu-cong' }];

  protected readonly code = toSignal(this.route.paramMap.pipe(map((p) => p.get('code') ?? '')), {
    requireSync: true,
  });

  private readonly load = loadState(
    combineLatest([toObservable(this.code), toObservable(this.retry)]),
    ([code]) =>
      this.apollo
        .query({ query: ServiceDetailDocument, variables: { code } })
        .pipe(map((r) => r.data?.serviceByCode ?? null)),
    (e) => toUiError(e, this.i18n.lang()).message,
  );
  protected readonly state = computed((): PageState => {
    const l = this.load();
    if (l.status !== 'ready') return l;
    return l.data ? { status: 'ready', service: l.data } : { status: 'missing' };
  });

  protected readonly service = computed(() => {
    const s = this.state();
    return s.status === 'ready' ? s.service : null;
  });

  /** The service's name once loaded; "not found" when there is none. */
  protected readonly heading = computed(() => {
    const s = this.state();
    if (s.status === 'ready') return s.service.name;
    return s.status === 'missing' ? this.i18n.t('catalog.detail.notFoundTitle') : '';
  });

  constructor() {
    effect(() => this.titles.setDetail(this.heading() || null));
  }

  /** The description as paragraphs (the data keeps line breaks between steps). */
  protected readonly paragraphs = computed(() =>
    (this.service()?.description ?? '')
      .split(/\n+/)
      .map((p) => p.trim())
      .filter(Boolean),
  );

  protected readonly legalBasis = computed(() =>
    (this.service()?.legalBasis ?? '')
      .split(/;\s*|\n+/)
      .map((p) => p.trim())
      .filter(Boolean),
  );

  protected readonly errorMessage = computed(() => {
    const s = this.state();
    return s.status === 'error' ? s.message : '';
  });

  protected optionsText(options: readonly { label: string }[]): string {
    return options.map((o) => o.label).join(' / ');
  }

  protected days(days: number): string {
    return daysLabel(this.i18n, days);
  }

  protected types(list: readonly string[]): string {
    return list.map((t) => t.toUpperCase()).join(', ');
  }

  protected size(mb: number): string {
    return mb.toLocaleString(this.i18n.lang() === 'vi' ? 'vi-VN' : 'en-US');
  }

  protected reload(): void {
    this.retry.update((n) => n + 1);
  }

  protected readonly intakeFormPath = intakeFormPath;
}
