import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router } from '@angular/router';
import { TranslatePipe } from '../core/i18n/translate.pipe';

/** Trang chủ: the big search box. (Sectors and popular services come with the catalog feature.) */
@Component({
  selector: 'app-home-page',
  imports: [FormsModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="hero">
      <div class="container">
        <h1 class="hero__title">{{ 'core.portalName' | t }}</h1>
        <p>{{ 'core.portalTagline' | t }}</p>
        <form class="hero__search" role="search" (ngSubmit)="search()">
          <label for="home-search" class="visually-hidden">{{ 'core.common.search' | t }}</label>
          <input id="home-search" name="q" class="input" type="search" [(ngModel)]="query" />
          <button type="submit" class="btn btn--accent">{{ 'core.common.search' | t }}</button>
        </form>
      </div>
    </section>
  `,
  styles: `
    .hero {
      background: linear-gradient(120deg, var(--c-primary) 0%, var(--c-primary-light) 100%);
      color: #fff;
      padding: 2.5rem 0 3rem;
    }
    .hero__title {
      color: #fff;
    }
    .hero__search {
      display: flex;
      gap: 0.5rem;
      max-width: 720px;
    }
    .hero__search .input {
      min-height: 50px;
      font-size: 1.05rem;
    }
  `,
})
export class HomePage {
  private readonly router = inject(Router);
  protected query = '';

  protected search(): void {
    void this.router.navigate(['/dich-vu-cong'], { queryParams: { q: this.query.trim() || null } });
  }
}
