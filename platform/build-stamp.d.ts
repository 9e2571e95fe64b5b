// The build's stamp, defined by wxt.config.ts (Vite `define`): what the background keeps per build is not reused by
// another one.
interface ImportMetaEnv {
  /** When this build was made (ISO time); undefined outside a build (tests). */
  readonly SL_BUILD?: string;
}
