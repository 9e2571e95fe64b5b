// The bootstrap content script (listed in the manifest for every http(s) page; the full one is injected on demand).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { fullScriptPresent, wakeFullScript } from '../platform/wake';
import { init } from './content/bootstrap';

export default defineUnlistedScript(() => {
  // Never aborted from here: the script stops itself once the full one runs, or when the extension is gone.
  init(new AbortController().signal, wakeFullScript, fullScriptPresent);
});
