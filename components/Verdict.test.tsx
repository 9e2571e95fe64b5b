// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { NotAnalysed, VerdictBox } from './Verdict';

let container: HTMLElement;
afterEach(() => container.remove());

function mount(node: preact.ComponentChild) {
  container = document.createElement('div');
  document.body.append(container);
  act(() => render(node, container));
}

const texts = (selector: string) => [...container.querySelectorAll(selector)].map((el) => el.textContent);

describe('the popup’s verdict box', () => {
  it('shows a report’s verdict, score and reasons', () => {
    mount(
      <VerdictBox
        report={{
          verdict: 'about',
          score: 0.934,
          reasons: ['Main text names North Korea 4 times'],
          pageType: 'article',
          language: 'id',
          highlighted: true,
        }}
      />,
    );
    expect(texts('.verdict-label')).toEqual(['About North Korea sanctions']);
    expect(texts('.verdict-score')).toEqual(['0.93']);
    expect(texts('summary')).toEqual(['Why is this page highlighted?']);
    expect(texts('.reasons li')).toEqual(['Main text names North Korea 4 times']);
  });

  it('gives the quick check’s reasons for a page it ruled out, without a report’s label', () => {
    mount(<NotAnalysed reasons={['Quick check: the page names Pyongyang, but no sanctions term, body or measure.']} />);
    expect(container.querySelector('.verdict-label')).toBeNull();
    expect(texts('.quick-check-label')).toEqual(['Not about North Korea sanctions']);
    expect(texts('.reasons li')).toEqual([
      'Quick check: the page names Pyongyang, but no sanctions term, body or measure.',
    ]);
  });

  it('says a page without reasons was not analysed, and why that may be', () => {
    mount(<NotAnalysed />);
    expect(texts('.quick-check-label')).toEqual(['Not analysed']);
    expect(texts('.reasons li')[0]).toMatch(/no North Korea name on the page as it loaded/);
  });
});
