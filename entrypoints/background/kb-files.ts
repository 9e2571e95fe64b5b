// Where the extension ships the bundled topic pack and designations snapshot (written by scripts/kb-matchers.ts).

/** The bundled knowledge base's files in the extension's package (minified JSON of the repository's files). */
export const SHIPPED_KB_FILES = {
  pack: 'kb/north-korea-sanctions.json',
  designations: 'kb/designations.json',
} as const;
