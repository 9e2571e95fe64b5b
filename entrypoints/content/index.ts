// The full content script (top frame of http/https pages), injected by the background when the bootstrap content
// script asks (entrypoints/bootstrap.ts) or the site has notes: runs each feature with the context's abort signal.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { markFullScript } from '../../platform/wake';
import * as entityCard from './entity-card';
import * as pageLens from './page-lens';
import * as noteButton from './note-button';
import * as noteAnchors from './note-anchors';
import * as editorFrame from './editor-frame';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  allFrames: false,
  // Not in the manifest: injected with `scripting.executeScript` (WXT grants the matches as host permissions).
  registration: 'runtime',
  main(ctx) {
    markFullScript();
    for (const feature of [pageLens, entityCard, editorFrame, noteButton, noteAnchors]) {
      Promise.resolve(feature.init(ctx.signal)).catch((err: unknown) => {
        if (!ctx.signal.aborted) console.warn('Sanctions Lens:', err);
      });
    }
  },
});
