// What a designations refresh changed: the lists' dates, and the parties added, removed and changed.
import type { EntityRef, RefreshDiff } from '../../db/designations-refresh';
import { dateChange } from './refresh-text';

/** How many parties each list shows; the rest are counted. */
const SHOWN = 200;

/** Props of {@link RefreshResult}. */
export interface RefreshResultProps {
  diff: RefreshDiff;
  /** Duration of the refresh in ms. */
  ms: number;
}

/** The diff of a successful refresh. */
export function RefreshResult({ diff, ms }: RefreshResultProps) {
  const none = diff.added.length + diff.removed.length + diff.changed.length === 0;
  return (
    <div class="refresh-result" role="status">
      <p>
        <strong>Refreshed</strong> in {(ms / 1000).toFixed(1)} s: {diff.total} designated parties.{' '}
        {none
          ? 'Nothing changed.'
          : `${diff.added.length} added, ${diff.removed.length} removed, ${diff.changed.length} changed, ${diff.unchanged} unchanged.`}
      </p>
      <dl class="list-dates">
        <dt>UN Consolidated List</dt>
        <dd>
          {dateChange(diff.lists.un)}, {diff.lists.un.entries} DPRK entries
        </dd>
        <dt>OFAC SDN list</dt>
        <dd>
          {dateChange(diff.lists.us)}, {diff.lists.us.entries} DPRK rows
        </dd>
      </dl>
      <RefList title="Added" items={diff.added} />
      <RefList title="Removed" items={diff.removed} />
      <RefList
        title="Changed"
        items={diff.changed.map((c) => ({ ...c, name: `${c.name} (${c.fields.join(', ')})` }))}
      />
      {diff.skipped.length > 0 && (
        <p class="hint">
          {diff.skipped.length} listed parties were not stored because a curated or personal entity has their id.
        </p>
      )}
      {diff.orphanedAliases > 0 && (
        <p class="hint">
          {diff.orphanedAliases} of your aliases name entities that are no longer listed; they are kept.
        </p>
      )}
    </div>
  );
}

function RefList({ title, items }: { title: string; items: EntityRef[] }) {
  if (items.length === 0) return null;
  return (
    <details>
      <summary>
        {title} ({items.length})
      </summary>
      <ul>
        {items.slice(0, SHOWN).map((e) => (
          <li key={e.id}>
            {e.name} <span class="muted">{e.id}</span>
          </li>
        ))}
        {items.length > SHOWN && <li class="muted">and {items.length - SHOWN} more</li>}
      </ul>
    </details>
  );
}
