// A full card for one entity: names, background, dates, identifiers, designations, relations and sources.
import type { Designation, Entity } from '../../core/kb/entity';
import { typeLabel } from '../EntityList';

/** Props of {@link EntityCard}. */
export interface EntityCardProps {
  entity: Entity;
  /** Name of another entity, for relations; undefined when it is not in the knowledge base. */
  nameOf(id: string): string | undefined;
  /** Opens another entity's card. */
  onOpen(id: string): void;
}

const LIST_LABEL: Record<Designation['list'], string> = {
  un: 'UN Security Council',
  us: 'United States (OFAC)',
  eu: 'European Union',
  uk: 'United Kingdom',
};

const RELATION_LABEL: Record<Entity['relations'][number]['type'], string> = {
  'member-of': 'Member of',
  'created-by': 'Created by',
  'designated-under': 'Designated under',
  'successor-of': 'Successor of',
  'part-of': 'Part of',
  'related-to': 'Related to',
};

/** Groups an entity's other names by language, leaving out the canonical name. */
export function namesByLanguage(entity: Entity): [string, string[]][] {
  const groups = new Map<string, string[]>();
  for (const n of entity.names) {
    if (n.text === entity.name) continue;
    groups.set(n.lang, [...(groups.get(n.lang) ?? []), n.text]);
  }
  return [...groups].sort(([a], [b]) => a.localeCompare(b));
}

/** The card. */
export function EntityCard({ entity, nameOf, onOpen }: EntityCardProps) {
  const names = namesByLanguage(entity);
  const designations = entity.designations ?? [];
  return (
    <article class={`entity-card type-${entity.type}`} data-entity-id={entity.id} aria-labelledby={`card-${entity.id}`}>
      <h2 id={`card-${entity.id}`}>{entity.name}</h2>
      <p class="card-type">
        {typeLabel(entity.type)}
        {entity.origin === 'user' && ' · added by you'}
      </p>
      <p class="card-background">{entity.background}</p>
      {names.length > 0 && (
        <dl class="card-names">
          {names.map(([lang, list]) => (
            <div key={lang}>
              <dt>{lang}</dt>
              <dd lang={lang}>{list.join(' · ')}</dd>
            </div>
          ))}
        </dl>
      )}
      {entity.dates.length > 0 && (
        <section>
          <h3>Key dates</h3>
          <ul class="card-dates">
            {entity.dates.map((d) => (
              <li key={d.date + d.label}>
                <time dateTime={d.date}>{d.date}</time> {d.label}
              </li>
            ))}
          </ul>
        </section>
      )}
      {entity.identifiers.length > 0 && (
        <section>
          <h3>Identifiers</h3>
          <ul class="card-identifiers">
            {entity.identifiers.map((i) => (
              <li key={i.scheme + i.value}>
                <span class="scheme">{i.scheme.toUpperCase()}</span> {i.value}
              </li>
            ))}
          </ul>
        </section>
      )}
      {(designations.length > 0 || ['person', 'organisation', 'vessel'].includes(entity.type)) && (
        <section>
          <h3>Designation status</h3>
          {designations.length === 0 ? (
            <p class="card-designations none">Not on the loaded UN or U.S. lists.</p>
          ) : (
            <ul class="card-designations">
              {designations.map((d) => (
                <li key={d.list + (d.reference ?? '')} data-list={d.list}>
                  <strong>{LIST_LABEL[d.list]}</strong>
                  {d.reference && ` · ${d.reference}`}
                  {d.program && ` · ${d.program}`}
                  {d.listedOn && ` · listed ${d.listedOn}`}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      {entity.relations.length > 0 && (
        <section>
          <h3>Relations</h3>
          <ul class="card-relations">
            {entity.relations.map((r) => {
              const name = nameOf(r.target);
              return (
                <li key={r.type + r.target}>
                  {RELATION_LABEL[r.type]}{' '}
                  {name ? (
                    <button type="button" class="link" onClick={() => onOpen(r.target)}>
                      {name}
                    </button>
                  ) : (
                    r.target
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {entity.sources.length > 0 && (
        <section>
          <h3>Sources</h3>
          <ul class="card-sources">
            {entity.sources.map((s) => (
              <li key={s.url}>
                <a href={s.url} target="_blank" rel="noopener noreferrer">
                  {s.title}
                </a>{' '}
                <span class="publisher">
                  {s.publisher}
                  {s.date && `, ${s.date}`}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
