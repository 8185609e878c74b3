// Every message between the content script and the background, named once, with its payload and reply.
// The only file that calls runtime.sendMessage; background.js answers all of these in its one onMessage.
// Extension pages (options, library) import storage.js directly and need no messages.

export const MSG = Object.freeze({
  // content.js → background. Payload { parents: number[], records, url }: snapshot.js's DOM snapshot (format in
  // src/snapshot.rs). Reply: the wasm reply, { ok: true, article } or { ok: false, error: { kind, message } }.
  // Used when the page's CSP forbids wasm in the content script.
  EXTRACT_RUN: 'extract/run',
  // content.js (Save button, context menu) → background. Payload { url, article }.
  // Reply { ok: true, url, savedAt } or { ok: false, reason: 'quota' | 'storage', message }.
  LIBRARY_SAVE: 'library/save',
  // content.js → background when the view opens or closes by itself (Esc, close button, auto mode).
  // Payload { open: boolean }. Reply { ok: true }. The background sets the tab's badge.
  READER_STATE: 'reader/state',
  // content.js → background: "always open reader mode on this site". Payload { host }. Reply { ok: true }.
  // Opens the options page on that host, where the user grants the permission (a content script cannot).
  SITE_ASK: 'site/ask',
});

// How often a message is retried when the service worker was evicted between two calls.
const SEND_ATTEMPTS = 2;

// Sends one message to the background. Never throws: an unreachable background becomes
// { ok: false, reason: 'unreachable' }, so callers handle one failure shape.
export async function send(type, payload = {}) {
  let lastError = null;
  for (let attempt = 0; attempt < SEND_ATTEMPTS; attempt += 1) {
    try {
      const reply = await chrome.runtime.sendMessage({ type, payload });
      if (reply !== undefined) return reply;
      lastError = new Error('no reply');
    } catch (error) {
      // "Receiving end does not exist" / "message port closed": the worker is restarting; try once more.
      lastError = error;
    }
  }
  return { ok: false, reason: 'unreachable', message: String(lastError?.message ?? lastError) };
}
