// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { STARTER_ENTITIES } from '../../core/kb/starter';
import { BodiesView } from './BodiesView';

let container: HTMLElement;
afterEach(() => {
  render(null, container);
  container.remove();
});

async function mount(initialEntity?: string) {
  container = document.createElement('div');
  document.body.append(container);
  const load = () => Promise.resolve(STARTER_ENTITIES);
  await act(async () => {
    render(<BodiesView loadEntities={load} {...(initialEntity ? { initialEntity } : {})} />, container);
  });
  await act(async () => {});
}

const listed = () => [...container.querySelectorAll('.bodies-list li')].map((li) => li.getAttribute('data-entity-id'));

async function search(q: string) {
  const input = container.querySelector<HTMLInputElement>('input[type=search]')!;
  await act(async () => {
    input.value = q;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('BodiesView', () => {
  it('lists the knowledge base and filters it by a name in any language', async () => {
    await mount();
    expect(listed()).toHaveLength(STARTER_ENTITIES.length);
    await search('다국적');
    expect(listed()).toEqual(['msmt']);
    expect(container.querySelector('.matched-name')?.textContent).toBe('다국적제재모니터링팀');
  });

  it('opens a card with background, dates, relations and sources, and follows a relation', async () => {
    await mount();
    await search('MSMT');
    await act(async () => container.querySelector<HTMLButtonElement>('.body-item')!.click());
    const card = container.querySelector('.entity-card')!;
    expect(card.querySelector('h2')?.textContent).toBe('Multilateral Sanctions Monitoring Team');
    expect(card.querySelector('.card-background')?.textContent).toMatch(/eleven states/);
    expect(card.querySelector('.card-sources a')?.getAttribute('href')).toMatch(/^https:\/\/www\.state\.gov\//);
    await act(async () => card.querySelector<HTMLButtonElement>('.card-relations button')!.click());
    expect(container.querySelector('.entity-card h2')?.textContent).toBe('Panel of Experts (1874)');
  });

  it('shows the timeline of the regime', async () => {
    await mount();
    const toggle = [...container.querySelectorAll('button')].find((b) => b.textContent === 'Show timeline')!;
    await act(async () => toggle.click());
    const events = [...container.querySelectorAll('.timeline-event')].map((g) => g.getAttribute('data-entity-id'));
    expect(events).toContain('panel-of-experts');
    expect(events).toContain('msmt');
    expect(events).not.toContain('north-korea');
  });

  it('opens the entity given in the URL', async () => {
    await mount('unsc');
    expect(container.querySelector('.entity-card')?.getAttribute('data-entity-id')).toBe('unsc');
  });
});
