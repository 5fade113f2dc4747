import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '../i18n/translate.pipe';

@Component({
  selector: 'app-footer',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <footer class="footer">
      <div class="container footer__inner">
        <div>
          <strong>{{ 'core.portalName' | t }}</strong>
          <p>{{ 'core.footer.agency' | t }}</p>
          <p>{{ 'core.footer.hotline' | t }}</p>
        </div>
        <div class="footer__right">
          <p>
            <a routerLink="/chinh-sach-bao-ve-du-lieu" data-testid="footer-privacy">{{
              'shell.footer.privacy' | t
            }}</a>
          </p>
          <p>
            <a routerLink="/nha-phat-trien">{{ 'core.footer.developers' | t }}</a>
          </p>
          <p>{{ 'core.footer.copyright' | t: { year: year } }}</p>
        </div>
      </div>
    </footer>
  `,
  styles: `
    .footer {
      --c-focus: var(--c-gold);
      background: var(--c-primary-dark);
      color: #e8eef5;
      margin-top: 3rem;
      font-size: 0.9rem;
    }
    .footer__inner {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: 1rem;
      padding-block: 1.5rem;
    }
    .footer p {
      margin: 0.25rem 0;
    }
    .footer a {
      color: #fff;
    }
    .footer__right {
      text-align: right;
    }
    @media (max-width: 768px) {
      .footer__right {
        text-align: left;
      }
    }
  `,
})
export class FooterComponent {
  protected readonly year = new Date().getFullYear();
}
