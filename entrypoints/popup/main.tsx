// Popup entry: finds the tab to show (`?tabId=N`, or the active tab) and renders the App.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { send } from '../../messaging/client';
import { App } from './App';

async function tabId(): Promise<number> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param !== null) {
    const n = Number(param);
    if (!Number.isSafeInteger(n) || n < 0) throw new Error(`Bad tabId: ${param}`);
    return n;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error('No active tab');
  return tab.id;
}

const load = async () => send('tab/view', { tabId: await tabId() });
render(<App load={load} />, document.getElementById('app')!);
