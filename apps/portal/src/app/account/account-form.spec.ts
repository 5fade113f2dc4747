import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup } from '@angular/forms';
import { validateUsername } from '@dvc/shared/domain';
import { CombinedGraphQLErrors } from '@apollo/client';
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
});
