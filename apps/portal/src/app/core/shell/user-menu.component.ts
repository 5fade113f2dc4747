import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  HostListener,
  inject,
  input,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { SessionUser } from '../auth/auth.store';
import { TranslatePipe } from '../i18n/translate.pipe';

/** The logged-in user's name with the account menu (Hồ sơ cá nhân, Hồ sơ đã đăng ký, …). */
@Component({
  selector: 'app-user-menu',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './user-menu.component.html',
  styleUrl: './user-menu.component.scss',
})
export class UserMenuComponent {
  readonly user = input.required<SessionUser>();
  protected readonly open = signal(false);
  private readonly host = inject(ElementRef<HTMLElement>);

  protected toggle(): void {
    this.open.update((o) => !o);
  }

  protected close(): void {
    this.open.set(false);
  }

  @HostListener('document:click', ['$event'])
  protected onDocumentClick(event: MouseEvent): void {
    if (!this.host.nativeElement.contains(event.target as Node)) this.close();
  }

  @HostListener('keydown.escape')
  protected onEscape(): void {
    this.close();
  }
}
