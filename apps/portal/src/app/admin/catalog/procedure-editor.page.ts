import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import { EditorProcedureFragment, EditorServiceDocument, EditorServiceQuery } from '@dvc/portal/data-access';
import { Apollo } from 'apollo-angular';
import { catchError, combineLatest, map, of, startWith, switchMap } from 'rxjs';
import { toUiError } from '../../core/apollo/graphql-errors';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { PageHeaderComponent } from '../../core/ui/page-header.component';
import { ComponentsEditorComponent } from './components-editor.component';
import { FieldsEditorComponent } from './fields-editor.component';
import { FormPreviewComponent } from './form-preview.component';
import { ProcedureFormComponent } from './procedure-form.component';

type Service = NonNullable<EditorServiceQuery['service']>;
type Load =
  | { status: 'new' }
  | { status: 'loading' }
  | { status: 'ready'; service: Service }
  | { status: 'missing' }
  | { status: 'error'; message: string };

/**
 * /quan-tri/danh-muc/thu-tuc/:id (and /moi): the procedure's fields, its document components, its
 * intake form (ordered by keyboard or drag) and a live preview of that form as citizens see it.
 */
@Component({
  selector: 'app-procedure-editor-page',
  imports: [
    TranslatePipe,
    RouterLink,
    PageHeaderComponent,
    ProcedureFormComponent,
    ComponentsEditorComponent,
    FieldsEditorComponent,
    FormPreviewComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .editor {
      display: grid;
      gap: 1.5rem;
      grid-template-columns: minmax(0, 1fr);
    }
    @media (min-width: 64rem) {
      .editor--form {
        grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
        align-items: start;
      }
    }
  `,
  template: `
    <section class="container page">
      <app-page-header [heading]="heading()" />
      <p>
        <a routerLink="/quan-tri/danh-muc/thu-tuc">{{ 'catalogAdmin.procedure.back' | t }}</a>
      </p>
      @switch (state().status) {
        @case ('loading') {
          <p class="loading" role="status">
            <span class="spinner" aria-hidden="true"></span> {{ 'catalogAdmin.common.loading' | t }}
          </p>
        }
        @case ('missing') {
          <div class="alert alert--error" role="alert">{{ 'catalogAdmin.procedure.missing' | t }}</div>
        }
        @case ('error') {
          <div class="alert alert--error" role="alert">{{ $any(state()).message }}</div>
        }
        @default {
          <div class="editor">
            <app-procedure-form [procedure]="procedure()" (saved)="onSaved($event)" />
            @if (service(); as s) {
              <app-components-editor [serviceId]="s.id" [components]="s.components" (changed)="refresh()" />
              <div class="editor editor--form">
                <app-fields-editor #fields [serviceId]="s.id" [fields]="s.formFields" (changed)="refresh()" />
                <app-form-preview [fields]="fields.ordered()" />
              </div>
            }
          </div>
        }
      }
    </section>
  `,
})
export class ProcedureEditorPage {
  private readonly apollo = inject(Apollo);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18nService);
  /** Route parameter (withComponentInputBinding): a procedure id, or "moi" for a new one. */
  readonly id = input<string>('moi');
  private readonly reload = signal(0);

  protected readonly state = toSignal(
    combineLatest([toObservable(this.id), toObservable(this.reload)]).pipe(
      switchMap(([id, n]) => {
        if (!id || id === 'moi') return of<Load>({ status: 'new' });
        return this.apollo
          .query({ query: EditorServiceDocument, variables: { id }, fetchPolicy: 'network-only' })
          .pipe(
            map((r): Load =>
              r.data?.service ? { status: 'ready', service: r.data.service } : { status: 'missing' },
            ),
            // A reload keeps the page on screen (no spinner, focus stays where it was).
            n === 0 ? startWith<Load>({ status: 'loading' }) : (s) => s,
            catchError((e: unknown) =>
              of<Load>({ status: 'error', message: toUiError(e, this.i18n.lang()).message }),
            ),
          );
      }),
    ),
    { initialValue: { status: 'loading' } as Load },
  );
  protected readonly service = computed(() => {
    const s = this.state();
    return s.status === 'ready' ? s.service : null;
  });
  protected readonly procedure = computed<EditorProcedureFragment | null>(() => this.service());
  protected readonly heading = computed(
    () => this.service()?.name ?? this.i18n.t('catalogAdmin.procedure.createTitle'),
  );

  protected refresh(): void {
    this.reload.update((n) => n + 1);
  }

  protected onSaved(p: EditorProcedureFragment): void {
    if (this.id() === 'moi' || !this.id()) void this.router.navigate(['/quan-tri/danh-muc/thu-tuc', p.id]);
    else this.refresh();
  }
}
