// Content script (top frame of http/https pages): runs each feature with the context's abort signal.
import { defineContentScript } from 'wxt/utils/define-content-script';
import * as entityCard from './entity-card';
import * as pageLens from './page-lens';
import * as noteButton from './note-button';
import * as noteAnchors from './note-anchors';
import * as editorFrame from './editor-frame';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  allFrames: false,
  main(ctx) {
    for (const feature of [pageLens, entityCard, editorFrame, noteButton, noteAnchors]) {
      Promise.resolve(feature.init(ctx.signal)).catch((err: unknown) => {
        if (!ctx.signal.aborted) console.warn('Sanctions Lens:', err);
      });
    }
  },
});
