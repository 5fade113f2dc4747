import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { DeleteMyAccountDocument, ExportMyDataDocument } from '@dvc/portal/data-access';
import { formatDateTime } from '@dvc/shared/domain';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { toUiError } from '../core/apollo/graphql-errors';
import { AuthStore } from '../core/auth/auth.store';
import { I18nService } from '../core/i18n/i18n.service';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import { DialogComponent } from '../core/ui/dialog.component';
import { PageHeaderComponent } from '../core/ui/page-header.component';

/**
 * Dữ liệu cá nhân (/ho-so-ca-nhan/du-lieu-ca-nhan): the export (a one-time link; the download starts
 * at once and the link stays on the page) and the deletion of the account, which says what is removed
 * and what is kept before a dialog asks for the password.
 */
@Component({
  selector: 'app-personal-data-page',
  imports: [RouterLink, TranslatePipe, PageHeaderComponent, DialogComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './personal-data.page.html',
  styleUrl: './personal-data.page.scss',
})
export class PersonalDataPage {
  private readonly apollo = inject(Apollo);
  private readonly auth = inject(AuthStore);
  private readonly i18n = inject(I18nService);

  protected readonly exporting = signal(false);
  protected readonly exportLink = signal<{ url: string; until: string } | null>(null);
  protected readonly exportError = signal<string | null>(null);

  protected readonly confirming = signal(false);
  protected readonly password = signal('');
  protected readonly passwordError = signal<string | null>(null);
  protected readonly deleteError = signal<string | null>(null);
  protected readonly deleting = signal(false);
  protected readonly deleted = signal(false);

  protected async exportData(): Promise<void> {
    if (this.exporting()) return;
    this.exporting.set(true);
    this.exportError.set(null);
    try {
      const res = await firstValueFrom(this.apollo.mutate({ mutation: ExportMyDataDocument }));
      const link = res.data?.exportMyData;
      if (!link) return;
      this.exportLink.set({ url: link.url, until: formatDateTime(link.expiresAt) });
      // An attachment: the browser downloads it and stays on this page.
      this.startDownload(link.url);
    } catch (error) {
      this.exportError.set(toUiError(error, this.i18n.lang()).message);
    } finally {
      this.exporting.set(false);
    }
  }

  /** Separate so that tests can follow the link without a browser download. */
  protected startDownload(url: string): void {
    window.location.assign(url);
  }

  protected openDelete(): void {
    this.password.set('');
    this.passwordError.set(null);
    this.deleteError.set(null);
    this.confirming.set(true);
  }

  protected closeDelete(): void {
    if (!this.deleting()) this.confirming.set(false);
  }

  protected async confirmDelete(): Promise<void> {
    if (this.deleting()) return;
    if (!this.password()) {
      this.passwordError.set(this.i18n.t('privacy.data.passwordRequired'));
      return;
    }
    this.deleting.set(true);
    this.passwordError.set(null);
    this.deleteError.set(null);
    try {
      await firstValueFrom(
        this.apollo.mutate({ mutation: DeleteMyAccountDocument, variables: { password: this.password() } }),
      );
      this.confirming.set(false);
      this.deleted.set(true);
      // The server ended every session: forget the account and everything cached for it.
      this.auth.setAccount(null);
      await this.apollo.client.clearStore();
    } catch (error) {
      const ui = toUiError(error, this.i18n.lang());
      if (ui.fields['password']) this.passwordError.set(ui.fields['password']);
      else this.deleteError.set(ui.message);
    } finally {
      this.deleting.set(false);
    }
  }
}
