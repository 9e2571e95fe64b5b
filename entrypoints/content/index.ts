// Content script (top frame of http/https pages): runs each feature with the context's abort signal.
import { defineContentScript } from 'wxt/utils/define-content-script';
import * as entityCard from './entity-card';
import * as entityHighlights from './entity-highlights';
import * as noteButton from './note-button';
import './style.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  allFrames: false,
  main(ctx) {
    for (const feature of [entityHighlights, entityCard, noteButton]) {
      Promise.resolve(feature.init(ctx.signal)).catch((err: unknown) => {
        if (!ctx.signal.aborted) console.warn('Sanctions Lens:', err);
      });
    }
  },
});
