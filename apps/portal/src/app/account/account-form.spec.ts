import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup } from '@angular/forms';
import { validateUsername } from '@dvc/shared/domain';
import { CombinedGraphQLErrors } from '@apollo/client';
import { of, throwError } from 'rxjs';
import { I18nService } from '../core/i18n/i18n.service';
import { FormState, sharedValidator } from './account-form';
import { dateOfBirthValidator, sameAsValidator } from './account-validators';

describe('FormState', () => {
  function make() {
    const form = new FormGroup({
      username: new FormControl('', {
        nonNullable: true,
        validators: sharedValidator((v) => validateUsername(v)),
      }),
      dateOfBirth: new FormControl('', {
        nonNullable: true,
        validators: dateOfBirthValidator(() => null, true),
      }),
      password: new FormControl('mot hai ba bon', { nonNullable: true }),
      confirm: new FormControl('', { nonNullable: true, validators: sameAsValidator('password') }),
    });
    const state = TestBed.runInInjectionContext(() => new FormState(form));
    return { form, state };
  }

  it('shows shared-validator messages once submitted, in the chosen language', () => {
    const { form, state } = make();
    expect(state.message('username')).toBeNull();
    expect(state.beginSubmit()).toBe(false);
    expect(state.message('username')).toBe('Vui lòng nhập thông tin này.');
    form.controls.dateOfBirth.setValue('31/02/1990');
    expect(state.message('dateOfBirth')).toBe('Ngày không hợp lệ, vui lòng nhập theo dạng dd/mm/yyyy.');
    form.controls.confirm.setValue('khac');
    expect(state.message('confirm')).toBe('Mật khẩu nhập lại không khớp.');
    TestBed.inject(I18nService).setLang('en');
    expect(state.message('username')).toBe('This field is required.');
    TestBed.inject(I18nService).setLang('vi');
  });

  it('shows the server’s field messages until the field changes', () => {
    const { form, state } = make();
    form.setValue({ username: 'nguyenvana', dateOfBirth: '15/05/1990', password: 'x', confirm: 'x' });
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
    form.controls.username.setValue('nguyenvanb');
    expect(state.message('username')).toBeNull();
  });

  describe('submit', () => {
    const taken = () =>
      new CombinedGraphQLErrors({
        errors: [{ message: 'Tên đăng nhập đã được sử dụng.', extensions: { code: 'USERNAME_TAKEN' } }],
      });
    const valid = { username: 'nguyenvana', dateOfBirth: '15/05/1990', password: 'x', confirm: 'x' };

    it('sends nothing while the form is invalid', async () => {
      const { state } = make();
      const request = jest.fn(() => of(1));
      await state.submit(request);
      expect(request).not.toHaveBeenCalled();
      expect(state.saving()).toBe(false);
      expect(state.message('username')).not.toBeNull();
    });

    it('hands the answer to done once saving has ended', async () => {
      const { form, state } = make();
      form.setValue(valid);
      const seen: [number, boolean][] = [];
      await state.submit(() => Promise.resolve(42), { done: (n) => seen.push([n, state.saving()]) });
      expect(seen).toEqual([[42, false]]);
    });

    it('shows a failure, with or without a failed handler', async () => {
      const { form, state } = make();
      form.setValue(valid);
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
