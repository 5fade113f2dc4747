import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '../i18n/translate.pipe';

@Component({
  selector: 'app-not-found-page',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="container page empty-state">
      <h1>{{ 'core.notFound.title' | t }}</h1>
      <p>{{ 'core.notFound.text' | t }}</p>
      <a routerLink="/" class="btn btn--primary">{{ 'core.notFound.home' | t }}</a>
    </section>
  `,
})
export class NotFoundPage {}
