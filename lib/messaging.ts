import browser, { type Runtime } from 'webextension-polyfill';
import { CONTENT_MESSAGES, isEnvelope, type Envelope, type MessageType, type Reply, type Req, type Res } from './protocol';

/** Sends a typed message to the background and unwraps its reply; throws the background's error. */
export async function send<K extends MessageType>(type: K, data: Req<K>): Promise<Res<K>> {
  const envelope: Envelope<K> = { backstory: 1, type, data };
  const reply = (await browser.runtime.sendMessage(envelope)) as Reply<K> | undefined;
  if (!reply) throw new Error(`Backstory: no answer to "${type}" from the background`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

export type Handlers = {
  [K in MessageType]: (data: Req<K>, sender: Runtime.MessageSender) => Promise<Res<K>>;
};

/** Only this extension's own pages and content scripts may talk to the background. */
export function isOwnSender(sender: Runtime.MessageSender, ownId: string): boolean {
  return sender.id === ownId;
}

/**
 * A content script runs inside a web page's process; the extension's pages do not. Messages that
 * change or read more than a page needs (packs, the list of corrections) are refused to it.
 */
export function isExtensionPage(sender: Runtime.MessageSender): boolean {
  // The sending frame's own URL: a web page's for a content script, the extension's for its pages
  // (which no web page can embed: Backstory has no web-accessible resources).
  return /^(chrome|moz|safari-web)-extension:\/\//.test(sender.url ?? '');
}

/**
 * The background's single message listener. Messages from anyone else, or of an unknown
 * shape, are ignored (no reply), so other listeners and extensions are not disturbed.
 */
export function createListener(handlers: Handlers, ownId: string) {
  return (msg: unknown, sender: Runtime.MessageSender): Promise<Reply<MessageType>> | undefined => {
    if (!isEnvelope(msg) || !isOwnSender(sender, ownId)) return undefined;
    if (!CONTENT_MESSAGES.has(msg.type) && !isExtensionPage(sender))
      return Promise.resolve({ ok: false, error: `"${msg.type}" is only answered to the extension's own pages` });
    const handler = handlers[msg.type] as (d: unknown, s: Runtime.MessageSender) => Promise<unknown>;
    return handler(msg.data, sender).then(
      (value) => ({ ok: true, value }) as Reply<MessageType>,
      (err: unknown) => ({ ok: false, error: err instanceof Error ? err.message : String(err) }),
    );
  };
}
