import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { OnlineLevel } from '@dvc/shared/domain';
import { TranslatePipe } from '../core/i18n/translate.pipe';

/** Mức độ: Toàn trình (green) or Một phần (blue), with the meaning as a tooltip. */
@Component({
  selector: 'app-level-badge',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span
    class="badge"
    [class.badge--success]="level() === 'FULL'"
    [class.badge--info]="level() === 'PARTIAL'"
    [title]="'catalog.level.' + level() + '_hint' | t"
    >{{ 'catalog.level.' + level() | t }}</span
  >`,
})
export class LevelBadgeComponent {
  readonly level = input.required<OnlineLevel>();
}
