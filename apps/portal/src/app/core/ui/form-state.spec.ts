import { TestBed } from '@angular/core/testing';
import { validateUsername } from '@dvc/shared/domain';
import { CombinedGraphQLErrors } from '@apollo/client';
import { of, throwError } from 'rxjs';
import { dateOfBirthCheck, sameAs } from '../../account/account-checks';
import { I18nService } from '../i18n/i18n.service';
import { FormState, shared } from './form-state';

type Form = { username: string; dateOfBirth: string; password: string; confirm: string };

describe('FormState (signals)', () => {
  function make() {
    const state = TestBed.runInInjectionContext(
      () =>
        new FormState<Form>(
          { username: '', dateOfBirth: '', password: 'mot hai ba bon', confirm: '' },
          {
            username: shared((v) => validateUsername(v)),
            dateOfBirth: dateOfBirthCheck(() => null, true),
            confirm: sameAs('password'),
          },
        ),
    );
    return { state };
  }

  it('shows shared-validator messages once submitted, in the chosen language', () => {
    const { state } = make();
    expect(state.message('username')).toBeNull();
    expect(state.beginSubmit()).toBe(false);
    expect(state.message('username')).toBe('Vui lòng nhập thông tin này.');
    // The date field hands on what it cannot read as a date as typed.
    state.set('dateOfBirth', '31/02/1990');
    expect(state.message('dateOfBirth')).toBe('Ngày không hợp lệ, vui lòng nhập theo dạng dd/mm/yyyy.');
    state.set('confirm', 'khac');
    expect(state.message('confirm')).toBe('Mật khẩu nhập lại không khớp.');
    // A cross-field rule follows the other field at once.
    state.set('password', 'khac');
    expect(state.message('confirm')).toBeNull();
    TestBed.inject(I18nService).setLang('en');
    expect(state.message('username')).toBe('This field is required.');
    TestBed.inject(I18nService).setLang('vi');
  });

  it('shows the server’s field messages until the field changes', () => {
    const { state } = make();
    state.reset({ username: 'nguyenvana', dateOfBirth: '1990-05-15', password: 'x', confirm: 'x' });
    expect(state.beginSubmit()).toBe(true);
    expect(state.saving()).toBe(true);
    const ui = state.fail(
      new CombinedGraphQLErrors({
        errors: [
          {
            message: 'Tên đăng nhập đã được sử dụng.',
            extensions: {
              code: 'USERNAME_TAKEN',
              fields: { username: 'Tên đăng nhập đã được sử dụng, vui lòng chọn tên khác.' },
            },
          },
        ],
      }),
    );
    expect(ui.code).toBe('USERNAME_TAKEN');
    expect(state.saving()).toBe(false);
    expect(state.errorMessage()).toBe('Tên đăng nhập đã được sử dụng.');
    expect(state.message('username')).toMatch(/chọn tên khác/);
    state.set('username', 'nguyenvanb');
    expect(state.message('username')).toBeNull();
  });

  it('shows a field’s message once it lost focus, and tells edited fields apart', () => {
    const { state } = make();
    state.set('username', 'a');
    expect(state.message('username')).toBeNull();
    state.blur('username');
    expect(state.message('username')).not.toBeNull();
    expect(state.isEdited('username')).toBe(true);
    expect(state.isEdited('password')).toBe(false);
    state.reset({ username: 'nguyenvana' });
    expect(state.isEdited('username')).toBe(false);
    expect(state.message('username')).toBeNull();
  });

  describe('submit', () => {
    const taken = () =>
      new CombinedGraphQLErrors({
        errors: [{ message: 'Tên đăng nhập đã được sử dụng.', extensions: { code: 'USERNAME_TAKEN' } }],
      });
    const valid = { username: 'nguyenvana', dateOfBirth: '1990-05-15', password: 'x', confirm: 'x' };

    it('sends nothing while the form is invalid', async () => {
      const { state } = make();
      const request = jest.fn(() => of(1));
      await state.submit(request);
      expect(request).not.toHaveBeenCalled();
      expect(state.saving()).toBe(false);
      expect(state.message('username')).not.toBeNull();
    });

    it('hands the answer to done once saving has ended', async () => {
      const { state } = make();
      state.reset(valid);
      const seen: [number, boolean][] = [];
      await state.submit(() => Promise.resolve(42), { done: (n) => seen.push([n, state.saving()]) });
      expect(seen).toEqual([[42, false]]);
    });

    it('shows a failure, with or without a failed handler', async () => {
      const { state } = make();
      state.reset(valid);
      await state.submit(() => throwError(taken));
      expect(state.saving()).toBe(false);
      expect(state.errorMessage()).toBe('Tên đăng nhập đã được sử dụng.');

      const done = jest.fn();
      const failed = jest.fn();
      await state.submit(() => throwError(taken), { done, failed });
      expect(done).not.toHaveBeenCalled();
      expect(failed).toHaveBeenCalledWith(expect.objectContaining({ code: 'USERNAME_TAKEN' }));
      expect(state.saving()).toBe(false);
    });
  });
});
