import { effect, inject, Injectable, signal } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { I18nService } from './i18n.service';

/**
 * The document title: the route's `title` (a translation key) or what the page says it shows (a
 * service name, a dossier code), then " | " and the portal's name, in the current language. It is
 * written again when the language changes or the English dictionary arrives.
 */
@Injectable({ providedIn: 'root' })
export class PortalTitleStrategy extends TitleStrategy {
  private readonly i18n = inject(I18nService);
  private readonly title = inject(Title);
  private readonly key = signal<string | null>(null);
  private readonly detail = signal<string | null>(null);

  constructor() {
    super();
    effect(() => this.title.setTitle(this.compose()));
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.detail.set(null);
    this.key.set(this.buildTitle(snapshot) ?? null);
  }

  /** A page that knows what it shows names it (null goes back to the route's title). */
  setDetail(text: string | null): void {
    this.detail.set(text?.trim() || null);
  }

  private compose(): string {
    const portal = this.i18n.t('core.portalName');
    const key = this.key();
    const page = this.detail() ?? (key ? this.i18n.t(key) : null);
    return page ? `${page} | ${portal}` : portal;
  }
}
