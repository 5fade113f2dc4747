import { EMAIL_VERIFICATION_TTL_SECONDS, VERIFY_EMAIL_PATH } from '@dvc/shared/domain';
import { Injectable, Logger } from '@nestjs/common';
import { MailOutbox } from '../common/mail/mail-outbox.service';
import type { OutgoingMail } from '../common/mail/mail.service';
import { AppConfig } from '../config/app-config';
import { AccountTokensService } from './account-tokens.service';
import { TokenPurpose } from './entities/account-token.entity';
import { AccountEntity } from './entities/account.entity';

/** The account mails: queued in the outbox, so SMTP being down never fails a request. */
@Injectable()
export class AccountMailer {
  private readonly logger = new Logger(AccountMailer.name);

  constructor(
    private readonly tokens: AccountTokensService,
    private readonly outbox: MailOutbox,
    private readonly config: AppConfig,
  ) {}

  /** A fresh verification link for `address` (the account's own, or the new one it asked for). */
  async sendVerification(
    account: AccountEntity,
    address: string,
    template: (to: string, fullName: string, link: string) => OutgoingMail,
  ): Promise<void> {
    const token = await this.tokens.issue(
      account.id,
      TokenPurpose.VERIFY_EMAIL,
      address,
      EMAIL_VERIFICATION_TTL_SECONDS,
    );
    // Queued: the outbox worker sends it after this request and retries while SMTP is down.
    try {
      await this.outbox.enqueue(
        null,
        template(address, account.fullName, this.link(VERIFY_EMAIL_PATH, token)),
      );
    } catch (error) {
      // The account stays; the user can ask for a new link.
      this.logger.error(`Could not queue the verification e-mail to ${address}: ${(error as Error).message}`);
    }
  }

  /** Queued before the answer (like a verification mail); a failure is logged, never answered. */
  async queue(mail: OutgoingMail): Promise<void> {
    try {
      await this.outbox.enqueue(null, mail);
    } catch (error) {
      this.logger.error(`Could not queue "${mail.subject}" to ${mail.to}: ${(error as Error).message}`);
    }
  }

  /** Not awaited by callers whose answer must not take longer when the account exists. */
  sendLater(mail: OutgoingMail): void {
    this.outbox.enqueue(null, mail).catch((error: unknown) => {
      this.logger.error(`Could not queue "${mail.subject}" to ${mail.to}: ${(error as Error).message}`);
    });
  }

  link(path: string, token: string): string {
    return `${this.config.env.PUBLIC_URL}${path}?token=${encodeURIComponent(token)}`;
  }
}
