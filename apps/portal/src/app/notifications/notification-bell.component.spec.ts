import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { AuthStore } from '../core/auth/auth.store';
import { NotificationBellComponent } from './notification-bell.component';
import { NotificationsStore } from './notifications.store';

describe('NotificationBellComponent', () => {
  function create() {
    TestBed.configureTestingModule({
      providers: [
        {
          provide: NotificationsStore,
          useValue: { state: signal({ unread: 2, items: [] }), loaded: signal(true), refresh: jest.fn() },
        },
        { provide: AuthStore, useValue: { user: signal({ id: 'u1', role: 'CITIZEN' }) } },
      ],
    });
    const fixture = TestBed.createComponent(NotificationBellComponent);
    const button = (fixture.nativeElement as HTMLElement).querySelector<HTMLButtonElement>(
      '[data-testid="bell"]',
    ) as HTMLButtonElement;
    return { fixture, button };
  }

  // A deferred view can be on the page before its bindings run (zoneless); axe met it then.
  it('is a named, collapsed button even before its first change detection', () => {
    const { button } = create();
    expect(button.getAttribute('aria-label')).toBe('Thông báo');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(button.hasAttribute('aria-controls')).toBe(false);
  });

  it('names the unread count, and points at its panel only while open', async () => {
    const { fixture, button } = create();
    fixture.detectChanges();
    expect(button.getAttribute('aria-label')).toBe('Thông báo, 2 chưa đọc');
    button.click();
    fixture.detectChanges();
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(button.getAttribute('aria-controls')).toBe('bell-panel');
  });
});
