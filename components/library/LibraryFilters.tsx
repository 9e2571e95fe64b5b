// The library's search box and filters: tag, entity, site and date range.
import type { Facet } from '../../core/library/note-search';

/** The filter values as the inputs hold them. */
export interface FilterValues {
  text: string;
  tag: string;
  entityId: string;
  site: string;
  /** `YYYY-MM-DD` or empty. */
  from: string;
  to: string;
}

/** No filter at all. */
export const NO_FILTERS: FilterValues = { text: '', tag: '', entityId: '', site: '', from: '', to: '' };

/** Props of {@link LibraryFilters}. */
export interface LibraryFiltersProps {
  values: FilterValues;
  facets: { tags: Facet[]; entities: Facet[]; sites: Facet[] };
  entityName(id: string): string | undefined;
  onChange(values: FilterValues): void;
}

function FacetSelect({
  name,
  label,
  value,
  facets,
  text,
  onChange,
}: {
  name: string;
  label: string;
  value: string;
  facets: Facet[];
  text(value: string): string;
  onChange(value: string): void;
}) {
  const known = facets.some((f) => f.value === value);
  return (
    <select name={name} aria-label={label} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
      <option value="">{label}: all</option>
      {!known && value && <option value={value}>{text(value)}</option>}
      {facets.map((f) => (
        <option key={f.value} value={f.value}>
          {text(f.value)} ({f.count})
        </option>
      ))}
    </select>
  );
}

/** The controls. */
export function LibraryFilters({ values, facets, entityName, onChange }: LibraryFiltersProps) {
  const set = (part: Partial<FilterValues>) => onChange({ ...values, ...part });
  return (
    <div class="lib-filters">
      <input
        type="search"
        name="q"
        placeholder="Search quotes, comments, tags, titles"
        aria-label="Search notes"
        value={values.text}
        onInput={(e) => set({ text: e.currentTarget.value })}
      />
      <FacetSelect
        name="tag"
        label="Tag"
        value={values.tag}
        facets={facets.tags}
        text={(t) => `#${t}`}
        onChange={(tag) => set({ tag })}
      />
      <FacetSelect
        name="entity"
        label="Entity"
        value={values.entityId}
        facets={facets.entities}
        text={(id) => entityName(id) ?? id}
        onChange={(entityId) => set({ entityId })}
      />
      <FacetSelect
        name="site"
        label="Site"
        value={values.site}
        facets={facets.sites}
        text={(s) => s}
        onChange={(site) => set({ site })}
      />
      <label>
        From <input type="date" name="from" value={values.from} onInput={(e) => set({ from: e.currentTarget.value })} />
      </label>
      <label>
        To <input type="date" name="to" value={values.to} onInput={(e) => set({ to: e.currentTarget.value })} />
      </label>
      <button type="button" class="link" name="clear" onClick={() => onChange(NO_FILTERS)}>
        Clear
      </button>
    </div>
  );
}
