import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import { HomeCatalogDocument, HomeCatalogQuery } from '@dvc/portal/data-access';
import { Apollo } from 'apollo-angular';
import { map } from 'rxjs';
import { intakeFormPath, PARAM, servicePath } from '../catalog/catalog-query';
import { daysLabel } from '../catalog/catalog-format';
import { LevelBadgeComponent } from '../catalog/level-badge.component';
import { toUiError } from '../core/apollo/graphql-errors';
import { loadState } from '../core/apollo/load-state';
import { I18nService } from '../core/i18n/i18n.service';
import { TranslatePipe } from '../core/i18n/translate.pipe';

const POPULAR_COUNT = 6;

/** Trang chủ: the big search box, the sectors with their number of services, the most-used services. */
@Component({
  selector: 'app-home-page',
  imports: [RouterLink, TranslatePipe, LevelBadgeComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './home.page.html',
  styleUrl: './home.page.scss',
})
export class HomePage {
  private readonly router = inject(Router);
  private readonly apollo = inject(Apollo);
  protected readonly i18n = inject(I18nService);
  private readonly retry = signal(0);
  protected readonly query = signal('');

  protected readonly catalog = loadState(
    toObservable(this.retry),
    () =>
      this.apollo
        .query({ query: HomeCatalogDocument, variables: { popular: POPULAR_COUNT } })
        .pipe(map((r) => r.data as HomeCatalogQuery)),
    (e) => toUiError(e, this.i18n.lang()).message,
  );

  protected search(): void {
    void this.router.navigate(['/dich-vu-cong'], { queryParams: { [PARAM.q]: this.query().trim() || null } });
  }

  protected sectorQuery(code: string): Record<string, string> {
    return { [PARAM.sector]: code };
  }

  protected days(days: number): string {
    return daysLabel(this.i18n, days);
  }

  protected reload(): void {
    this.retry.update((n) => n + 1);
  }

  protected readonly intakeFormPath = intakeFormPath;
  protected readonly servicePath = servicePath;
}
