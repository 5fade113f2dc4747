import { setupZonelessTestEnv } from 'jest-preset-angular/setup-env/zoneless';
import { Feature, FEATURE_DICTIONARIES } from './app/core/i18n/dictionaries';
import { loadTexts } from './app/core/i18n/i18n.service';

setupZonelessTestEnv();

// Component specs render pages outside their routes: load every feature's Vietnamese text, as the
// routes' withDictionaries guards would.
beforeAll(() => loadTexts('vi', Object.keys(FEATURE_DICTIONARIES) as Feature[]));
