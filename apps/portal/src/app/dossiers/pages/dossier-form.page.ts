import { DOCUMENT, Location } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  HostListener,
  inject,
  input,
  OnInit,
  signal,
} from '@angular/core';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  DossierDetailDocument,
  DossierFullFragment,
  DossierListItemFragment,
  IntakeServiceFragment,
  SaveDossierDocument,
  SubmitDossierDocument,
} from '@dvc/portal/data-access';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, lastValueFrom, tap } from 'rxjs';
import { toUiError, UiError } from '../../core/apollo/graphql-errors';
import { AuthStore } from '../../core/auth/auth.store';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { Crumb, PageHeaderComponent } from '../../core/ui/page-header.component';
import { DOSSIER_CRUMBS } from '../model/dossier-crumbs';
import { DossierFormModel } from '../model/dossier-form.model';
import { DossierUploadService } from '../model/dossier-upload.service';
import { newDossierStart } from '../model/existing-drafts';
import { focusTarget, MissingItem, missingItems } from '../model/missing-items';
import { ComponentFilesComponent } from '../ui/component-files.component';
import { DraftChoiceComponent } from '../ui/draft-choice.component';
import { FormFieldInputComponent } from '../../core/ui/form-field-input.component';
import { StatusBadgeComponent } from '../../core/ui/status-badge.component';
import { SupplementCommentsComponent } from '../ui/supplement-comments.component';
import { HasUnsavedChanges } from '../unsaved-changes.guard';

interface Banner {
  kind: 'error' | 'warning' | 'info';
  text: string;
  items?: MissingItem[];
  stale?: boolean;
}

type PageState = 'loading' | 'choose' | 'ready' | 'missing' | 'locked' | 'error';
type DraftChoice = { service: IntakeServiceFragment; drafts: DossierListItemFragment[] };

const LIST = '/ho-so-ca-nhan/ho-so';

/**
 * The intake page: /ho-so-ca-nhan/ho-so/tao-moi/:serviceId (new) and /ho-so-ca-nhan/ho-so/:id/sua.
 * Applicant (prefilled from the profile), the procedure's intake form and its document components
 * with their files. "Lưu và trở lại" saves a draft; the second button saves and sends.
 */
@Component({
  selector: 'app-dossier-form-page',
  imports: [
    RouterLink,
    TranslatePipe,
    FormFieldInputComponent,
    ComponentFilesComponent,
    StatusBadgeComponent,
    PageHeaderComponent,
    DraftChoiceComponent,
    SupplementCommentsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './dossier-form.page.html',
  styleUrl: './dossier-form.page.scss',
})
export class DossierFormPage implements OnInit, HasUnsavedChanges {
  private readonly apollo = inject(Apollo);
  private readonly uploads = inject(DossierUploadService);
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly location = inject(Location);
  private readonly host = inject(ElementRef<HTMLElement>);
  private readonly route = inject(ActivatedRoute);
  private readonly document = inject(DOCUMENT);
  protected readonly i18n = inject(I18nService);

  /** Route parameters (component input binding). */
  readonly serviceId = input<string>();
  readonly id = input<string>();

  protected readonly state = signal<PageState>('loading');
  /** Unsent dossiers of this service, offered before a new one is started (Đăng ký twice). */
  protected readonly choice = signal<DraftChoice | null>(null);
  protected readonly model = signal<DossierFormModel | null>(null);
  protected readonly dossierId = signal<string | null>(null);
  protected readonly version = signal<number | null>(null);
  protected readonly code = signal<string | null>(null);
  protected readonly status = signal<string>('DRAFT');
  protected readonly busy = signal<'save' | 'submit' | null>(null);
  protected readonly uploadPercent = signal<number | null>(null);
  protected readonly banner = signal<Banner | null>(null);
  protected readonly loadError = signal('');
  protected readonly editing = computed(() => this.dossierId() !== null);
  protected readonly crumbs: readonly Crumb[] = DOSSIER_CRUMBS;

  private readonly t = (key: string, params?: Record<string, string | number>) => this.i18n.t(key, params);

  ngOnInit(): void {
    void this.load();
  }

  hasUnsavedChanges(): boolean {
    // Also while saving: a save that fails (e.g. the session ended) must not lose the form.
    return this.model()?.dirty() ?? false;
  }

  @HostListener('window:beforeunload', ['$event'])
  protected onBeforeUnload(event: BeforeUnloadEvent): void {
    if (this.hasUnsavedChanges()) event.preventDefault();
  }

  protected async load(): Promise<void> {
    this.state.set('loading');
    try {
      const id = this.id();
      if (id) {
        const res = await firstValueFrom(
          this.apollo.query({ query: DossierDetailDocument, variables: { id }, fetchPolicy: 'network-only' }),
        );
        const dossier = res.data?.dossier;
        if (!dossier) return this.state.set('missing');
        if (!dossier.availableActions.includes('EDIT')) {
          this.dossierId.set(dossier.id);
          return this.state.set('locked');
        }
        const model = new DossierFormModel(dossier.service, () => this.i18n.lang(), this.t);
        this.adopt(model, dossier);
        this.model.set(model);
      } else {
        const [{ service, drafts }, user] = await Promise.all([
          newDossierStart(this.apollo, this.serviceId() ?? ''),
          this.auth.ensureLoaded(),
        ]);
        if (!service || !service.active || !user) return this.state.set('missing');
        if (drafts.length > 0) {
          this.choice.set({ service, drafts });
          return this.state.set('choose');
        }
        this.startNew(service, false);
      }
      this.state.set('ready');
      this.focusFragment();
    } catch (e) {
      const error = toUiError(e, this.i18n.lang());
      if (error.code === 'NOT_FOUND') return this.state.set('missing');
      this.loadError.set(error.message);
      this.state.set('error');
    }
  }

  /** "Tạo hồ sơ mới" after the existing drafts were offered (or straight away when there are none). */
  protected startNew(service = this.choice()?.service, fromChoice = true): void {
    if (!service) return;
    const model = new DossierFormModel(service, () => this.i18n.lang(), this.t);
    model.prefill(this.auth.account());
    this.model.set(model);
    this.choice.set(null);
    this.state.set('ready');
    // The choice is gone from the page: focus the form's first field rather than losing focus.
    if (fromChoice) setTimeout(() => this.document.getElementById('f-applicant-fullName')?.focus());
  }

  /** A missing item's link: this page's own address (a saved new dossier has its …/sua one) and #control. */
  protected itemHref(item: MissingItem): string {
    return `${this.location.path()}#${item.target}`;
  }

  protected goToItem(event: Event, item: MissingItem): void {
    if (focusTarget(this.document, item.target)) event.preventDefault();
  }

  /** "Lưu và trở lại" (submitAfter = false) or "Lưu và gửi hồ sơ". */
  protected async save(submitAfter: boolean): Promise<void> {
    const model = this.model();
    if (!model || this.busy()) return;
    this.banner.set(null);
    if (!model.validate(!submitAfter) || model.hasFileErrors()) {
      this.banner.set({ kind: 'error', text: this.t('dossiers.form.fixErrors') });
      this.focusFirstError();
      return;
    }
    this.busy.set(submitAfter ? 'submit' : 'save');
    try {
      if (model.dirty() || !this.dossierId()) {
        const saved = await this.send(model);
        this.adopt(model, saved);
      }
      if (!submitAfter) {
        await this.router.navigate([LIST], { state: { flash: 'saved' } });
        return;
      }
      const res = await firstValueFrom(
        this.apollo.mutate({ mutation: SubmitDossierDocument, variables: { id: this.dossierId() ?? '' } }),
      );
      const sent = res.data?.submitDossier;
      await this.router.navigate([LIST], {
        queryParams: { tab: 'da-gui' },
        state: { flash: 'submitted', code: sent?.code ?? '', id: this.dossierId() },
      });
    } catch (e) {
      this.showError(this.isUiError(e) ? e : toUiError(e, this.i18n.lang()), model);
    } finally {
      this.busy.set(null);
      this.uploadPercent.set(null);
    }
  }

  protected reloadAfterStale(): void {
    this.model()?.dirty.set(false);
    this.banner.set(null);
    void this.load();
  }

  protected error(name: string): string | null {
    return this.model()?.errors()[name] ?? null;
  }

  private async send(model: DossierFormModel): Promise<DossierFullFragment> {
    const serviceId = model.service.id;
    const { input, files } = model.buildInput(serviceId, this.dossierId(), this.version());
    if (files.length === 0) {
      const res = await firstValueFrom(
        this.apollo.mutate({ mutation: SaveDossierDocument, variables: { input } }),
      );
      if (!res.data?.saveDossier) throw new Error('saveDossier answered nothing');
      return res.data.saveDossier;
    }
    this.uploadPercent.set(0);
    let saved: DossierFullFragment | null = null;
    await lastValueFrom(
      this.uploads.save(input, files, this.i18n.lang()).pipe(
        tap((event) => {
          if (event.type === 'progress') {
            this.uploadPercent.set(event.percent);
            model.setProgress(event.perFile);
          } else saved = event.dossier;
        }),
      ),
    );
    if (!saved) throw new Error('saveDossier answered nothing');
    return saved;
  }

  /** The saved dossier becomes the page's state; the address bar follows a new dossier. */
  private adopt(model: DossierFormModel, dossier: DossierFullFragment): void {
    const wasNew = this.dossierId() === null;
    this.dossierId.set(dossier.id);
    this.version.set(dossier.version);
    this.code.set(dossier.code);
    this.status.set(dossier.status);
    model.loadFrom(dossier);
    if (wasNew && !this.id()) this.location.replaceState(`${LIST}/${dossier.id}/sua`);
  }

  private showError(error: UiError, model: DossierFormModel): void {
    model.applyServerError(error);
    if (error.code === 'STALE_DOSSIER') {
      this.banner.set({ kind: 'warning', text: this.t('dossiers.form.stale'), stale: true });
    } else if (error.code === 'DOSSIER_INCOMPLETE') {
      this.banner.set({
        kind: 'warning',
        text: `${this.t('dossiers.list.incompleteTitle')}. ${this.t('dossiers.list.incompleteText')}`,
        items: missingItems(error.extensions, model.service, this.t),
      });
    } else {
      this.banner.set({ kind: 'error', text: error.message });
    }
    this.focusFirstError();
  }

  private isUiError(e: unknown): e is UiError {
    return typeof e === 'object' && e !== null && 'code' in e && 'fields' in e && 'extensions' in e;
  }

  /** Arriving from a missing-items link of the list (…/sua#f-formData-x): focus that control. */
  private focusFragment(): void {
    const target = this.route.snapshot.fragment;
    if (target) setTimeout(() => focusTarget(this.document, target));
  }

  /** Moves focus to the banner or the first invalid control, so keyboard users land on the problem. */
  private focusFirstError(): void {
    setTimeout(() => {
      const root = this.host.nativeElement as HTMLElement;
      const target =
        root.querySelector<HTMLElement>('[aria-invalid="true"]') ??
        root.querySelector<HTMLElement>('.form-banner');
      target?.focus();
    });
  }
}
