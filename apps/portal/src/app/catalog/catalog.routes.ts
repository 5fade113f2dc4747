import { Routes } from '@angular/router';

export const CATALOG_ROUTES: Routes = [];
