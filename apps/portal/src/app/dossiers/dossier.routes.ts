import { Routes } from '@angular/router';

export const DOSSIER_ROUTES: Routes = [];
