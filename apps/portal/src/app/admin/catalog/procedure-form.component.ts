import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import {
  CatalogAgenciesDocument,
  CatalogSectorsDocument,
  EditorCreateServiceDocument,
  EditorDeactivateServiceDocument,
  EditorProcedureFragment,
  EditorUpdateServiceDocument,
  OnlineLevel,
} from '@dvc/portal/data-access';
import { checkProcedure, REQUIRED_ISSUE } from '@dvc/shared/domain';
import { Apollo } from 'apollo-angular';
import { catchError, map, of } from 'rxjs';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { agencyTree } from './agency-tree';
import { CatalogEditorFormComponent } from './catalog-editor-form.component';
import { CatalogFieldSpec, CatalogForm } from './catalog-form';

const ORDER = [
  'code',
  'name',
  'agencyId',
  'sectorId',
  'onlineLevel',
  'processingDays',
  'feeText',
  'feeAmount',
  'legalBasis',
  'resultDescription',
];

/** The procedure's own fields; creates it (then the page moves to its editor) or saves changes. */
@Component({
  selector: 'app-procedure-form',
  imports: [TranslatePipe, CatalogEditorFormComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-catalog-editor-form
      [form]="form"
      [specs]="specs()"
      [heading]="'catalogAdmin.procedure.details' | t"
      [cancellable]="false"
      (save)="save($event)"
    />
    @if (procedure(); as p) {
      <p>
        {{ (p.active ? 'catalogAdmin.common.active' : 'catalogAdmin.common.inactive') | t }}
        <button type="button" class="btn btn--sm" data-testid="procedure-toggle" (click)="toggle(p)">
          {{ (p.active ? 'catalogAdmin.common.deactivate' : 'catalogAdmin.common.reactivate') | t }}
        </button>
      </p>
    }
  `,
})
export class ProcedureFormComponent {
  private readonly apollo = inject(Apollo);
  private readonly i18n = inject(I18nService);
  readonly procedure = input<EditorProcedureFragment | null>(null);
  readonly saved = output<EditorProcedureFragment>();
  protected readonly form = new CatalogForm('procedure', () => ORDER);

  private readonly agencies = toSignal(
    this.apollo.query({ query: CatalogAgenciesDocument }).pipe(
      map((r) => agencyTree((r.data?.adminAgencies ?? []).filter((a) => a.active))),
      catchError(() => of([])),
    ),
    { initialValue: [] },
  );
  private readonly sectors = toSignal(
    this.apollo.query({ query: CatalogSectorsDocument }).pipe(
      map((r) => (r.data?.adminSectors ?? []).filter((s) => s.active)),
      catchError(() => of([])),
    ),
    { initialValue: [] },
  );

  protected readonly specs = computed((): CatalogFieldSpec[] => [
    {
      key: 'code',
      label: 'catalogAdmin.procedure.code',
      help: 'catalogAdmin.procedure.codeHelp',
      type: 'TEXT',
      required: true,
      maxLength: 40,
    },
    { key: 'name', label: 'catalogAdmin.common.name', type: 'TEXTAREA', required: true, maxLength: 500 },
    {
      key: 'agencyId',
      label: 'catalogAdmin.procedure.agency',
      type: 'SELECT',
      required: true,
      rawOptions: true,
      options: this.agencies().map((r) => ({
        value: r.agency.id,
        label: `${'— '.repeat(r.depth)}${r.agency.name}`,
      })),
    },
    {
      key: 'sectorId',
      label: 'catalogAdmin.procedure.sector',
      type: 'SELECT',
      required: true,
      rawOptions: true,
      options: this.sectors().map((s) => ({ value: s.id, label: s.name })),
    },
    {
      key: 'onlineLevel',
      label: 'catalogAdmin.procedure.onlineLevel',
      type: 'SELECT',
      required: true,
      options: ['FULL', 'PARTIAL'].map((l) => ({ value: l, label: `catalogAdmin.onlineLevels.${l}` })),
    },
    {
      key: 'processingDays',
      label: 'catalogAdmin.procedure.processingDays',
      type: 'NUMBER',
      required: true,
      min: 0,
      max: 365,
    },
    {
      key: 'feeText',
      label: 'catalogAdmin.procedure.feeText',
      type: 'TEXT',
      required: false,
      maxLength: 500,
    },
    {
      key: 'feeAmount',
      label: 'catalogAdmin.procedure.feeAmount',
      help: 'catalogAdmin.procedure.feeAmountHelp',
      type: 'NUMBER',
      required: false,
      min: 0,
    },
    {
      key: 'legalBasis',
      label: 'catalogAdmin.procedure.legalBasis',
      type: 'TEXTAREA',
      required: false,
      maxLength: 10000,
    },
    {
      key: 'resultDescription',
      label: 'catalogAdmin.procedure.resultDescription',
      type: 'TEXTAREA',
      required: false,
      maxLength: 2000,
    },
  ]);

  constructor() {
    effect(() => {
      const p = this.procedure();
      untracked(() =>
        this.form.reset({
          code: p?.code ?? '',
          name: p?.name ?? '',
          agencyId: p?.agency.id ?? '',
          sectorId: p?.sector.id ?? '',
          onlineLevel: p?.onlineLevel ?? 'FULL',
          processingDays: p ? String(p.processingDays) : '',
          feeText: p?.feeText ?? '',
          feeAmount: p?.feeAmount === null || p?.feeAmount === undefined ? '' : String(p.feeAmount),
          legalBasis: p?.legalBasis ?? '',
          resultDescription: p?.resultDescription ?? '',
        }),
      );
    });
  }

  protected async save(event: Event): Promise<void> {
    event.preventDefault();
    const f = this.form;
    const current = this.procedure();
    const creating = !current;
    const input = {
      code: f.text('code').trim(),
      name: f.text('name'),
      agencyId: f.text('agencyId'),
      sectorId: f.text('sectorId'),
      onlineLevel: f.text('onlineLevel') as OnlineLevel,
      processingDays: f.int('processingDays') as number,
      feeText: f.text('feeText'),
      feeAmount: f.int('feeAmount'),
      legalBasis: f.text('legalBasis'),
      resultDescription: f.text('resultDescription'),
    };
    const ok = f.check((c) => {
      checkProcedure(c, input, creating);
      if (!input.agencyId) c.fail('agencyId', REQUIRED_ISSUE);
      if (!input.sectorId) c.fail('sectorId', REQUIRED_ISSUE);
      if (input.processingDays === null) c.fail('processingDays', REQUIRED_ISSUE);
    });
    if (!ok) return;
    const result = current
      ? (
          await f.submit(() =>
            this.apollo.mutate({
              mutation: EditorUpdateServiceDocument,
              variables: { id: current.id, input },
            }),
          )
        )?.updateService
      : (
          await f.submit(() =>
            this.apollo.mutate({ mutation: EditorCreateServiceDocument, variables: { input } }),
          )
        )?.createService;
    if (result) this.saved.emit(result);
  }

  protected async toggle(p: EditorProcedureFragment): Promise<void> {
    const key = p.active ? 'catalogAdmin.common.confirmDeactivate' : 'catalogAdmin.common.confirmReactivate';
    if (!confirm(this.i18n.t(key, { name: p.name }))) return;
    const result = p.active
      ? (
          await this.form.submit(() =>
            this.apollo.mutate({ mutation: EditorDeactivateServiceDocument, variables: { id: p.id } }),
          )
        )?.deactivateService
      : (
          await this.form.submit(() =>
            this.apollo.mutate({
              mutation: EditorUpdateServiceDocument,
              variables: { id: p.id, input: { active: true } },
            }),
          )
        )?.updateService;
    if (result) this.saved.emit(result);
  }
}
