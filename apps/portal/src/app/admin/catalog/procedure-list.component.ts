import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import { CatalogServicesDocument, CatalogServicesQuery } from '@dvc/portal/data-access';
import { Apollo } from 'apollo-angular';
import { catchError, debounceTime, map, of, startWith, switchMap } from 'rxjs';
import { toUiError } from '../../core/apollo/graphql-errors';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { CatalogListFrameComponent } from './catalog-list-frame.component';

type Page = CatalogServicesQuery['services'];
type Load = { status: 'loading' } | { status: 'ready'; page: Page } | { status: 'error'; message: string };

const PAGE_SIZE = 20;

/**
 * Procedures, inactive ones included: the API's search (diacritics-insensitive, any word order)
 * with paging; each opens the procedure editor.
 */
@Component({
  selector: 'app-catalog-procedures',
  imports: [TranslatePipe, RouterLink, CatalogListFrameComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-catalog-list-frame
      name="procedures"
      entity="procedure"
      [search]="search()"
      [state]="state()"
      [count]="total()"
      [columns]="columns"
      [empty]="!items().length"
      [page]="page()"
      [pages]="pages()"
      (searchChange)="setSearch($event)"
      (create)="create()"
      (pageChange)="page.set($event)"
    >
      @for (p of items(); track p.id) {
        <tr>
          <th scope="row">
            <a [routerLink]="['/quan-tri/danh-muc/thu-tuc', p.id]">{{ p.name }}</a>
          </th>
          <td [attr.data-label]="'catalogAdmin.procedure.code' | t">{{ p.code }}</td>
          <td [attr.data-label]="'catalogAdmin.procedure.agency' | t">{{ p.agency.name }}</td>
          <td [attr.data-label]="'catalogAdmin.procedure.sector' | t">{{ p.sector.name }}</td>
          <td [attr.data-label]="'catalogAdmin.common.status' | t">
            {{ (p.active ? 'catalogAdmin.common.active' : 'catalogAdmin.common.inactive') | t }}
          </td>
        </tr>
      }
    </app-catalog-list-frame>
  `,
})
export class ProcedureListComponent {
  private readonly apollo = inject(Apollo);
  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);
  protected readonly columns = [
    'catalogAdmin.common.name',
    'catalogAdmin.procedure.code',
    'catalogAdmin.procedure.agency',
    'catalogAdmin.procedure.sector',
    'catalogAdmin.common.status',
  ];
  protected readonly search = signal('');
  protected readonly page = signal(1);
  private readonly query = computed(() => ({ search: this.search().trim(), page: this.page() }));

  protected readonly state = toSignal(
    toObservable(this.query).pipe(
      debounceTime(250),
      switchMap((q) =>
        this.apollo
          .query({
            query: CatalogServicesDocument,
            variables: {
              filter: { includeInactive: true, search: q.search || null },
              page: q.page,
              pageSize: PAGE_SIZE,
            },
            fetchPolicy: 'network-only',
          })
          .pipe(
            map((r): Load => (r.data ? { status: 'ready', page: r.data.services } : { status: 'loading' })),
            startWith<Load>({ status: 'loading' }),
            catchError((e: unknown) =>
              of<Load>({ status: 'error', message: toUiError(e, this.i18n.lang()).message }),
            ),
          ),
      ),
    ),
    { initialValue: { status: 'loading' } as Load },
  );
  protected readonly items = computed(() => {
    const s = this.state();
    return s.status === 'ready' ? s.page.items : [];
  });
  protected readonly total = computed(() => {
    const s = this.state();
    return s.status === 'ready' ? s.page.totalCount : 0;
  });
  protected readonly pages = computed(() => Math.max(1, Math.ceil(this.total() / PAGE_SIZE)));

  protected setSearch(text: string): void {
    this.search.set(text);
    this.page.set(1);
  }

  protected create(): void {
    void this.router.navigateByUrl('/quan-tri/danh-muc/thu-tuc/moi');
  }
}
