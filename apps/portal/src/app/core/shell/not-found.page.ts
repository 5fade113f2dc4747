import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '../i18n/translate.pipe';
import { PageHeaderComponent } from '../ui/page-header.component';

@Component({
  selector: 'app-not-found-page',
  imports: [RouterLink, TranslatePipe, PageHeaderComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="container page">
      <app-page-header [heading]="'core.notFound.title' | t" />
      <div class="card empty-state">
        <p>{{ 'core.notFound.text' | t }}</p>
        <div class="actions actions--center">
          <a routerLink="/" class="btn btn--primary">{{ 'core.notFound.home' | t }}</a>
          <a routerLink="/dich-vu-cong" class="btn">{{ 'core.notFound.services' | t }}</a>
        </div>
      </div>
    </section>
  `,
})
export class NotFoundPage {}
