// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings';
import { Legend } from './Legend';
import { SiteControls } from './SiteControls';

let container: HTMLElement;
afterEach(() => container.remove());

function mount(settings: Settings, onChange: (s: Settings) => void) {
  container = document.createElement('div');
  document.body.append(container);
  act(() => render(<SiteControls settings={settings} site="www.news.example" onChange={onChange} />, container));
}

describe('SiteControls', () => {
  it('turns the site off, pauses, and changes the mode', () => {
    const onChange = vi.fn();
    mount(DEFAULT_SETTINGS, onChange);
    const site = container.querySelector<HTMLInputElement>('input[name=site]')!;
    expect(site.checked).toBe(true);
    act(() => site.click());
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, disabledSites: ['news.example'] });
    act(() => container.querySelector<HTMLInputElement>('input[name=paused]')!.click());
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, paused: true });
    const select = container.querySelector<HTMLSelectElement>('select[name=mode]')!;
    act(() => {
      select.value = 'entities';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, highlightMode: 'entities' });
  });

  it('says when the page is switched off', () => {
    mount({ ...DEFAULT_SETTINGS, disabledSites: ['news.example'] }, () => {});
    expect(container.querySelector<HTMLInputElement>('input[name=site]')!.checked).toBe(false);
    expect(container.textContent).toMatch(/does nothing on this page/);
  });

  it('shows a legend swatch per type in the user’s colours', () => {
    container = document.createElement('div');
    document.body.append(container);
    act(() => render(<Legend colors={{ ...DEFAULT_SETTINGS.colors, vessel: '#123456' }} />, container));
    const items = [...container.querySelectorAll('li')];
    expect(items.length).toBeGreaterThan(5);
    const vessel = items.find((li) => li.textContent === 'vessel')!;
    expect(vessel.querySelector<HTMLElement>('.swatch')!.style.background).toMatch(/#123456|rgb\(18, 52, 86\)/);
  });
});
