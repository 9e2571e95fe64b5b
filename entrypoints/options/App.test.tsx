// @vitest-environment jsdom
// Tests of the options page: both sections render, and the page opens in a tab.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { createDb } from '../../db/schema';
import { App } from './App';

describe('options page', () => {
  it('renders the designations and the user knowledge-base sections', async () => {
    const db = createDb('options-app', { indexedDB: new IDBFactory(), IDBKeyRange });
    const container = document.createElement('div');
    document.body.append(container);
    const props = { db, fetch, allowedPatterns: [], requestAccess: async () => false };
    await act(async () => render(<App {...props} />, container));
    const headings = [...container.querySelectorAll('h2')].map((h) => h.textContent);
    expect(headings).toEqual(['Designations', 'Your entities and aliases']);
    for (const input of container.querySelectorAll('input, select, textarea')) {
      expect(container.querySelector(`label[for="${input.id}"]`), input.id).not.toBeNull();
    }
    render(null, container);
    container.remove();
    db.close();
  });

  it('asks WXT to open the options page in a tab', () => {
    const html = readFileSync(resolve(import.meta.dirname, 'index.html'), 'utf8');
    expect(html).toContain('<meta name="manifest.open_in_tab" content="true" />');
  });
});
