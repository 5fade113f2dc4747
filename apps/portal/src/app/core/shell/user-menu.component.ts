import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  HostListener,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { SessionUser } from '../auth/auth.store';
import { TranslatePipe } from '../i18n/translate.pipe';

/**
 * "Hồ sơ cá nhân" with the logged-in user's name beside it: the account menu (Hồ sơ cá nhân,
 * Hồ sơ đã đăng ký, …), a disclosure button with a list of links. Keyboard: ↓/↑ open it and move between the links,
 * Home/End jump, Esc closes it and returns to the button, Tab out of it closes it.
 */
@Component({
  selector: 'app-user-menu',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './user-menu.component.html',
  styleUrl: './user-menu.component.scss',
  host: { '(keydown)': 'onKeydown($event)', '(focusout)': 'onFocusOut($event)' },
})
export class UserMenuComponent {
  readonly user = input.required<SessionUser>();
  protected readonly open = signal(false);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly toggleButton = viewChild.required<ElementRef<HTMLButtonElement>>('toggleButton');

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

  protected onFocusOut(event: FocusEvent): void {
    const next = event.relatedTarget as Node | null;
    if (next && !this.host.nativeElement.contains(next)) this.close();
  }

  protected onKeydown(event: KeyboardEvent): void {
    const links = (): HTMLElement[] =>
      Array.from(this.host.nativeElement.querySelectorAll<HTMLElement>('.user-menu__list a'));
    const current = links().indexOf(document.activeElement as HTMLElement);
    switch (event.key) {
      case 'Escape':
        if (!this.open()) return;
        this.close();
        this.toggleButton().nativeElement.focus();
        break;
      case 'ArrowDown':
      case 'ArrowUp': {
        const step = event.key === 'ArrowDown' ? 1 : -1;
        if (!this.open()) {
          this.open.set(true);
          // The list is drawn on the next change detection.
          setTimeout(() =>
            links()
              .at(step === 1 ? 0 : -1)
              ?.focus(),
          );
        } else {
          const all = links();
          const next = current < 0 ? (step === 1 ? 0 : all.length - 1) : current + step;
          all[(next + all.length) % all.length]?.focus();
        }
        break;
      }
      case 'Home':
      case 'End':
        if (current < 0) return;
        links()
          .at(event.key === 'Home' ? 0 : -1)
          ?.focus();
        break;
      default:
        return;
    }
    event.preventDefault();
  }
}
