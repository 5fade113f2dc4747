import { Routes } from '@angular/router';

export const LOOKUP_ROUTES: Routes = [];
