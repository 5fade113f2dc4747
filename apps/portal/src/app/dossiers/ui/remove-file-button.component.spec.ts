import { TestBed } from '@angular/core/testing';
import { RemoveFileButtonComponent } from './remove-file-button.component';

describe('RemoveFileButtonComponent', () => {
  it('is a danger button named after the file; a click asks for the removal unless disabled', () => {
    const fixture = TestBed.createComponent(RemoveFileButtonComponent);
    fixture.componentRef.setInput('fileName', 'don-de-nghi.pdf');
    let removals = 0;
    fixture.componentInstance.removeFile.subscribe(() => removals++);
    fixture.detectChanges();
    const button = (fixture.nativeElement as HTMLElement).querySelector('button')!;
    expect(button.type).toBe('button');
    expect(button.textContent?.trim()).toBe('Xóa tệp');
    expect(button.getAttribute('aria-label')).toBe('Xóa tệp don-de-nghi.pdf');
    button.click();
    expect(removals).toBe(1);
    fixture.componentRef.setInput('disabled', true);
    fixture.detectChanges();
    expect(button.disabled).toBe(true);
  });
});
