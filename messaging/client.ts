// Typed sending of protocol messages to the background.
import { browser } from 'wxt/browser';
import type { MessageType, Protocol, Reply, Response } from './protocol';

/** Sends a request to the background and returns its response, or throws its error. */
export async function send<T extends MessageType>(type: T, req: Protocol[T]['req']): Promise<Response<T>> {
  const reply = (await browser.runtime.sendMessage({ type, ...req })) as Reply<T> | undefined;
  if (!reply) throw new Error(`No answer to ${type}`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
