// The form that adds an entity of the user's own, e.g. a vessel with its IMO number.
import { useState } from 'preact/hooks';
import { ENTITY_TYPES, type Entity, type EntityType } from '../../core/kb/entity';
import type { UserKbRepo } from '../../db/user-kb-repo';
import { entityInput, fieldError, takesImo, typeLabel, type EntityFormValues } from './user-kb-text';

const EMPTY: EntityFormValues = { type: 'vessel', name: '', otherNames: '', imo: '', background: '' };

/** Props of {@link AddEntityForm}. */
export interface AddEntityFormProps {
  repo: UserKbRepo;
  /** Called with the stored entity. */
  onAdded(entity: Entity): void;
}

/** Adds a user entity; errors are shown next to their field. */
export function AddEntityForm({ repo, onAdded }: AddEntityFormProps) {
  const [values, setValues] = useState<EntityFormValues>(EMPTY);
  const [error, setError] = useState<{ field: string; message: string } | null>(null);
  const [done, setDone] = useState('');

  const set = (key: keyof EntityFormValues) => (ev: Event) => {
    const value = (ev.currentTarget as HTMLInputElement).value;
    setValues({ ...values, [key]: value });
    setDone('');
  };

  const onSubmit = async (ev: Event) => {
    ev.preventDefault();
    setError(null);
    try {
      const entity = await repo.addEntity(entityInput(values));
      setValues({ ...EMPTY, type: values.type });
      setDone(`Added ${entity.name}.`);
      onAdded(entity);
    } catch (err) {
      setError(fieldError(err));
    }
  };

  const errorFor = (field: string, id: string) =>
    error?.field === field ? (
      <p id={id} class="error" role="alert">
        {error.message}
      </p>
    ) : null;
  const describedBy = (field: string, id: string) =>
    error?.field === field ? { 'aria-invalid': true, 'aria-describedby': id } : {};

  return (
    <form class="entity-form" onSubmit={onSubmit} noValidate aria-labelledby="add-entity-title">
      <h3 id="add-entity-title">Add an entity</h3>
      <div class="field">
        <label for="entity-type">Type</label>
        <select id="entity-type" value={values.type} onChange={set('type')} {...describedBy('type', 'type-error')}>
          {ENTITY_TYPES.map((t: EntityType) => (
            <option key={t} value={t}>
              {typeLabel(t)}
            </option>
          ))}
        </select>
        {errorFor('type', 'type-error')}
      </div>
      <div class="field">
        <label for="entity-name">Name</label>
        <input
          id="entity-name"
          value={values.name}
          onInput={set('name')}
          required
          {...describedBy('name', 'name-error')}
        />
        {errorFor('name', 'name-error')}
      </div>
      <div class="field">
        <label for="entity-names">Other names, one per line</label>
        <textarea
          id="entity-names"
          rows={2}
          value={values.otherNames}
          onInput={set('otherNames')}
          {...describedBy('names', 'names-error')}
        />
        {errorFor('names', 'names-error')}
      </div>
      {takesImo(values.type) && (
        <div class="field">
          <label for="entity-imo">IMO number</label>
          <input
            id="entity-imo"
            inputMode="numeric"
            placeholder="e.g. 8660313"
            value={values.imo}
            onInput={set('imo')}
            {...describedBy('identifiers', 'imo-error')}
          />
          {errorFor('identifiers', 'imo-error')}
        </div>
      )}
      <div class="field">
        <label for="entity-background">Background (optional)</label>
        <textarea id="entity-background" rows={3} value={values.background} onInput={set('background')} />
      </div>
      {errorFor('form', 'entity-form-error')}
      {errorFor('entity', 'entity-form-error')}
      <button type="submit">Add entity</button>
      {done && <p role="status">{done}</p>}
    </form>
  );
}
