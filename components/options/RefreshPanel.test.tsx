// @vitest-environment jsdom
// Tests of the Designations section: permission first, progress, the diff, errors, and URL checks.
// Dexie's liveQuery runs only where a global indexedDB exists, as in browsers; this must load before Dexie.
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NKSR_REMARK, sdnCsv, sdnRow, unXml } from '../../core/designations/test-fixtures';
import { DEFAULT_OFAC_URL, DEFAULT_UN_URL, loadListUrls, type FetchFn } from '../../db/designations-refresh';
import { createDb, type SanctionsLensDb } from '../../db/schema';
import { seedStarter } from '../../db/seed';
import { RefreshPanel } from './RefreshPanel';

const ALLOWED = [
  'https://scsanctions.un.org/*',
  'https://sanctionslistservice.ofac.treas.gov/*',
  'https://www.treasury.gov/*',
];
const UN = unXml([{ kind: 'entity', ref: 'KPe.034', names: ['ILSIM INTERNATIONAL BANK'] }]);
const OFAC = sdnCsv([
  sdnRow({ ent: 19508, name: 'ILSIM INTERNATIONAL BANK', program: 'DPRK3', remarks: `${NKSR_REMARK}.` }),
  sdnRow({ ent: 17069, name: 'CHONG CHON GANG', type: 'vessel', program: 'DPRK' }),
]);

let container: HTMLElement;
let db: SanctionsLensDb;
let answers: Record<string, () => Response>;
let fetchStub: ReturnType<typeof vi.fn<FetchFn>>;
let requestAccess: ReturnType<typeof vi.fn<(patterns: string[]) => Promise<boolean>>>;

beforeEach(async () => {
  db = createDb('options', { indexedDB: new IDBFactory(), IDBKeyRange });
  await seedStarter(db);
  answers = {
    [DEFAULT_UN_URL]: () => new Response(UN, { headers: { 'content-type': 'text/xml' } }),
    [DEFAULT_OFAC_URL]: () => new Response(OFAC, { headers: { 'last-modified': 'Fri, 03 May 2024 14:00:00 GMT' } }),
  };
  fetchStub = vi.fn<FetchFn>(async (url) => (answers[url] ?? (() => new Response('', { status: 404 })))());
  requestAccess = vi.fn(async () => true);
  container = document.createElement('div');
  document.body.append(container);
  await act(async () => {
    render(
      <RefreshPanel db={db} fetch={fetchStub} allowedPatterns={ALLOWED} requestAccess={requestAccess} />,
      container,
    );
  });
  await settle();
});
afterEach(() => {
  render(null, container);
  container.remove();
  db.close();
});

/** Lets the database and the component finish what they started. */
async function settle(until?: () => boolean) {
  for (let i = 0; i < 100 && !(until?.() ?? i >= 5); i++) {
    await act(async () => new Promise((resolve) => setTimeout(resolve, 5)));
  }
}

const text = (selector: string) => container.querySelector(selector)?.textContent ?? '';
const button = (label: string) => [...container.querySelectorAll('button')].find((b) => b.textContent === label)!;
async function type(id: string, value: string) {
  const input = container.querySelector<HTMLInputElement>(`#${id}`)!;
  await act(async () => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('RefreshPanel', () => {
  it('shows the counts, asks for the hosts first in the click, refreshes and shows the diff', async () => {
    expect(text('.designations-status, p')).toMatch(/No designated parties are stored yet/);
    expect(container.querySelector<HTMLInputElement>('#un-url')?.value).toBe(DEFAULT_UN_URL);
    act(() => button('Refresh from official sources').click());
    // Synchronously, in the click: nothing awaited before the permission request.
    expect(requestAccess).toHaveBeenCalledWith([
      'https://scsanctions.un.org/*',
      'https://sanctionslistservice.ofac.treas.gov/*',
    ]);
    expect(fetchStub).not.toHaveBeenCalled();
    await settle(() => text('.refresh-result').includes('Refreshed'));
    expect(text('.refresh-result')).toMatch(/2 designated parties\. 2 added, 0 removed, 0 changed, 0 unchanged\./);
    expect(text('.list-dates')).toBe(
      'UN Consolidated List2025-04-19, 1 DPRK entriesOFAC SDN list2024-05-03, 2 DPRK rows',
    );
    expect(text('.refresh-result details summary')).toBe('Added (2)');
    expect(text('.designations-status')).toMatch(/^2 designated parties \(1 on the UN list, 2 on the OFAC list\)/);
    expect(text('.designations-status')).toMatch(/UN list of 2025-04-19, OFAC list of 2024-05-03\. Last refreshed/);
  });

  it('follows changes that another page or the background makes to the designations', async () => {
    const msmt = (await db.entities.get('msmt'))!;
    await act(async () => {
      await db.entities.put({ ...msmt, id: 'des-kpe-001', origin: 'designation', designations: [{ list: 'un' }] });
    });
    await settle(() => text('.designations-status').startsWith('1 designated'));
    expect(text('.designations-status')).toMatch(/^1 designated parties \(1 on the UN list, 0 on the OFAC list\)/);
  });

  it('shows the error, naming the list, when a download fails', async () => {
    answers[DEFAULT_OFAC_URL] = () => new Response('oops', { status: 500, statusText: 'Internal Server Error' });
    act(() => button('Refresh from official sources').click());
    await settle(() => !!container.querySelector('[role=alert]'));
    expect(text('[role=alert]')).toBe(
      `Refresh failed: OFAC SDN list: the server answered 500 Internal Server Error for ${DEFAULT_OFAC_URL}.`,
    );
    expect(await db.entities.where('origin').equals('designation').count()).toBe(0);
  });

  it('downloads nothing when the user declines the permission', async () => {
    requestAccess.mockResolvedValue(false);
    act(() => button('Refresh from official sources').click());
    await settle(() => !!container.querySelector('[role=alert]'));
    expect(text('[role=alert]')).toMatch(/needs your permission to download the lists; nothing was changed/);
    expect(fetchStub).not.toHaveBeenCalled();
  });

  it('checks the addresses against the declared hosts before asking, and saves good ones', async () => {
    await type('ofac-url', 'https://mirror.example.org/sdn.csv');
    act(() => button('Refresh from official sources').click());
    expect(requestAccess).not.toHaveBeenCalled();
    expect(text('#ofac-url-error')).toBe(
      'Sanctions Lens may only download from scsanctions.un.org, sanctionslistservice.ofac.treas.gov or www.treasury.gov.',
    );
    expect(container.querySelector('#ofac-url')?.getAttribute('aria-invalid')).toBe('true');
    await type('ofac-url', 'https://www.treasury.gov/ofac/downloads/sdn-new.csv');
    await act(async () => button('Save addresses').click());
    await settle(() => text('[role=status]') === 'Addresses saved.');
    expect((await loadListUrls(db)).ofacUrl).toBe('https://www.treasury.gov/ofac/downloads/sdn-new.csv');
    await act(async () => button('Use the official addresses').click());
    await settle(() => text('[role=status]') === 'Addresses saved.');
    expect(await loadListUrls(db)).toEqual({ unUrl: DEFAULT_UN_URL, ofacUrl: DEFAULT_OFAC_URL });
  });
});
