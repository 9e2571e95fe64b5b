// Decides who sent a message: one of the extension's own pages, or a content script in a web page's top frame.

/** The parts of `runtime.MessageSender` that the background looks at. */
export interface RawSender {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number };
}

/** A sender the background will answer. */
export type Sender = { kind: 'extension'; tabId?: number } | { kind: 'content'; tabId: number; url: string };

/**
 * Classifies a sender. Extension pages are recognized by their URL's origin; content scripts by an
 * http(s) top-frame URL in a tab. Anything else (other extensions, sub-frames, unknown origins) is refused.
 */
export function classifySender(sender: RawSender, extensionId: string, extensionOrigin: string): Sender | null {
  if (sender.id !== extensionId || !sender.url) return null;
  const origin = extensionOrigin.replace(/\/$/, '');
  if (sender.url === origin || sender.url.startsWith(origin + '/')) {
    return sender.tab?.id !== undefined ? { kind: 'extension', tabId: sender.tab.id } : { kind: 'extension' };
  }
  if (!/^https?:\/\//.test(sender.url)) return null;
  if (sender.tab?.id === undefined || sender.tab.id < 0 || sender.frameId !== 0) return null;
  return { kind: 'content', tabId: sender.tab.id, url: sender.url };
}
