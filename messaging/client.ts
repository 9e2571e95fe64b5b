// Typed sending of protocol messages to the background.
import { browser } from 'wxt/browser';
import { yieldToPage } from '../page/chunked';
import { PIECEWISE_TYPES, sendPiecewise } from './message-pieces';
import type { MessageType, Protocol, Reply, Response } from './protocol';

/**
 * Sends a request to the background and returns its response, or throws its error. A request that carries a page's
 * text goes in pieces when it is long (messaging/message-pieces.ts), so that no one task encodes it whole.
 */
export async function send<T extends MessageType>(type: T, req: Protocol[T]['req']): Promise<Response<T>> {
  if (PIECEWISE_TYPES.includes(type)) {
    const post = (message: object) => browser.runtime.sendMessage(message) as Promise<unknown>;
    return (await sendPiecewise({ type, ...req }, { post, yieldToPage })) as Response<T>;
  }
  const reply = (await browser.runtime.sendMessage({ type, ...req })) as Reply<T> | undefined;
  if (!reply) throw new Error(`No answer to ${type}`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
