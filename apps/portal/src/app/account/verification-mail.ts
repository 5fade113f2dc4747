import { inject, signal } from '@angular/core';
import { ResendVerificationDocument } from '@dvc/portal/data-access';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';

/** "Gửi lại thư xác thực" on a page: a failure shows as the page form's error. */
export class VerificationMail {
  private readonly apollo = inject(Apollo);
  readonly sending = signal(false);
  readonly sent = signal(false);

  constructor(private readonly state: { fail(error: unknown): unknown }) {}

  async resend(email: string): Promise<void> {
    this.sending.set(true);
    try {
      await firstValueFrom(
        this.apollo.mutate({ mutation: ResendVerificationDocument, variables: { email } }),
      );
      this.sent.set(true);
    } catch (error) {
      this.state.fail(error);
    } finally {
      this.sending.set(false);
    }
  }
}
