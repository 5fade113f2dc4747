import { JsonPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { AuditLogDocument, AuditLogQuery } from '@dvc/portal/data-access';
import { formatDateTime } from '@dvc/shared/domain';
import { Apollo } from 'apollo-angular';
import { filter, map, Observable } from 'rxjs';
import { defined, ListPage } from '../../core/apollo/load-state';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { PageHeaderComponent } from '../../core/ui/page-header.component';
import { AdminListComponent } from '../admin-list.component';
import { adminPagedList } from '../admin-paging';

type Entry = AuditLogQuery['auditLog']['items'][number];
interface Filter {
  actorId: string;
  action: string;
  targetType: string;
  targetId: string;
  from: string;
  to: string;
}

const PAGE_SIZE = 50;
const EMPTY: Filter = { actorId: '', action: '', targetType: '', targetId: '', from: '', to: '' };

/** /quan-tri/nhat-ky — the audit log, newest first, searched by actor, action, target and days. Read only. */
@Component({
  selector: 'app-audit-log-page',
  imports: [JsonPipe, TranslatePipe, PageHeaderComponent, AdminListComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './audit-log.page.html',
})
export class AuditLogPage {
  private readonly apollo = inject(Apollo);
  protected readonly formatDateTime = formatDateTime;
  protected readonly form = signal<Filter>({ ...EMPTY });
  protected readonly list = adminPagedList(
    { filter: { ...EMPTY }, page: 1 },
    (q) => this.load(q.filter, q.page),
    PAGE_SIZE,
  );
  protected readonly columns = [
    'admin.audit.at',
    'admin.audit.actor',
    'admin.audit.action',
    'admin.audit.target',
    'admin.audit.summary',
  ];

  protected set(key: keyof Filter, value: string): void {
    this.form.update((f) => ({ ...f, [key]: value }));
  }

  protected apply(event: Event): void {
    event.preventDefault();
    this.list.query.set({ filter: { ...this.form() }, page: 1 });
  }

  private load(f: Filter, page: number): Observable<ListPage<Entry>> {
    const day = (value: string, next = false) => {
      if (!value) return null;
      const date = new Date(`${value}T00:00:00`);
      if (next) date.setDate(date.getDate() + 1);
      return date.toISOString();
    };
    const where = {
      actorId: f.actorId.trim() || null,
      action: f.action.trim() || null,
      targetType: f.targetType.trim() || null,
      targetId: f.targetId.trim() || null,
      from: day(f.from),
      to: day(f.to, true),
    };
    return this.apollo
      .query({
        query: AuditLogDocument,
        variables: { filter: where, page, pageSize: PAGE_SIZE },
        fetchPolicy: 'network-only',
      })
      .pipe(
        map((r) => r.data?.auditLog),
        filter(defined),
      );
  }
}
