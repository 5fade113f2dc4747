import { computed, Injectable, signal } from '@angular/core';

/** The logged-in account as the shell needs it. (The accounts feature loads it with the `me` query.) */
export interface SessionUser {
  id: string;
  fullName: string;
  role: string;
}

@Injectable({ providedIn: 'root' })
export class AuthStore {
  readonly user = signal<SessionUser | null>(null);
  readonly isLoggedIn = computed(() => this.user() !== null);
}
