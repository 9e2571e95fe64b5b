// Pure helpers of the user-entities forms: type labels, form input to repository input, errors by field.
import type { EntityType, Identifier } from '../../core/kb/entity';
import { UserKbError, type UserEntityInput, type UserKbField } from '../../db/user-kb-repo';

/** "international-body" → "International body". */
export function typeLabel(type: EntityType): string {
  const words = type.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Types for which the form offers an IMO number: ships, and the companies that own or manage them. */
export function takesImo(type: EntityType): boolean {
  return type === 'vessel' || type === 'organisation';
}

/** The fields of the "add an entity" form, as typed. */
export interface EntityFormValues {
  type: EntityType;
  name: string;
  /** Other names, one per line. */
  otherNames: string;
  imo: string;
  background: string;
}

/** The repository input for the form's values: other names split by line, the IMO number when the type takes one. */
export function entityInput(values: EntityFormValues): UserEntityInput {
  const names = values.otherNames
    .split(/\r?\n/)
    .map((text) => text.trim())
    .filter(Boolean)
    .map((text) => ({ text }));
  const identifiers: Identifier[] =
    takesImo(values.type) && values.imo.trim() ? [{ scheme: 'imo', value: values.imo.trim() }] : [];
  return { type: values.type, name: values.name, names, background: values.background, identifiers };
}

/** An error as a message for one field of a form (`form` when no field is concerned). */
export function fieldError(err: unknown): { field: UserKbField | 'form'; message: string } {
  if (err instanceof UserKbError) return { field: err.field, message: err.message };
  return { field: 'form', message: err instanceof Error ? err.message : String(err) };
}
