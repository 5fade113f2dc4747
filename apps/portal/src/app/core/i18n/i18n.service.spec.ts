import { TestBed } from '@angular/core/testing';
import { flatten, SHELL_VI } from './dictionaries';
import { I18nService, withTexts } from './i18n.service';

describe('I18nService', () => {
  beforeEach(() => localStorage.clear());

  it('speaks Vietnamese by default and fills placeholders', () => {
    const i18n = TestBed.inject(I18nService);
    expect(i18n.lang()).toBe('vi');
    expect(i18n.t('core.portalName')).toBe('Cổng Dịch vụ công trực tuyến');
    expect(i18n.t('core.footer.copyright', { year: 2026 })).toContain('2026');
  });

  it('switches to English, persists the choice and falls back to the key', async () => {
    const i18n = TestBed.inject(I18nService);
    i18n.setLang('en');
    TestBed.tick();
    await new Promise((r) => setTimeout(r, 0));
    expect(localStorage.getItem('dvc.lang')).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(i18n.t('core.portalName')).toBe('Online Public Service Portal');
    expect(i18n.t('core.no.such.key')).toBe('core.no.such.key');
  });
});

describe('the language switch', () => {
  beforeEach(() => localStorage.clear());

  it('changes the page at once, when the text of every visited feature is here', async () => {
    const i18n = TestBed.inject(I18nService);
    await i18n.use(['officer']);
    const switching = i18n.switchTo('en');
    // Nothing changes while the English files load: no page half in each language.
    expect(i18n.lang()).toBe('vi');
    expect(i18n.t('officer.queue.title')).toBe('Xử lý hồ sơ');
    await switching;
    expect(i18n.lang()).toBe('en');
    expect(i18n.t('officer.queue.title')).toBe('Back office');
    expect(i18n.t('shell.nav.admin')).toBe('Administration');
  });

  it('lets the last click win when a switch is still loading', async () => {
    const i18n = TestBed.inject(I18nService);
    const toEnglish = i18n.switchTo('en');
    const back = i18n.switchTo('vi');
    await Promise.all([toEnglish, back]);
    expect(i18n.lang()).toBe('vi');
  });
});

describe('feature dictionaries', () => {
  beforeEach(() => localStorage.clear());

  it('are not in the initial Vietnamese text', () => {
    expect(Object.keys(SHELL_VI).sort()).toEqual(['core', 'notifications', 'shell']);
    expect(flatten(SHELL_VI).has('catalog.list.title')).toBe(false);
  });

  it('load in the current language when a route asks for them', async () => {
    localStorage.setItem('dvc.lang', 'en');
    const i18n = TestBed.inject(I18nService);
    await i18n.use(['catalog']);
    expect(i18n.t('catalog.list.title')).toBe('Online public services');
    expect(i18n.t('shell.nav.admin')).toBe('Administration');
  });

  it("load together with a landing page's code (withTexts)", async () => {
    localStorage.setItem('dvc.lang', 'en');
    const i18n = TestBed.inject(I18nService);
    const page = await TestBed.runInInjectionContext(withTexts(['officer'], async () => 'page code'));
    expect(page).toBe('page code');
    expect(i18n.t('officer.queue.title')).toBe('Back office');
  });
});
