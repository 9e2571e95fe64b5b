// Tests of the import merge plan: new, updated, duplicate and conflicting notes.
import { describe, expect, it } from 'vitest';
import { variedNotes } from '../export/test-notes';
import type { Note } from '../notes/note';
import { planImport, sameNote } from './plan-import';

const [a, b, c, d, e] = variedNotes(5, 21) as [Note, Note, Note, Note, Note];
const edited = (n: Note, comment: string, modified: number): Note => ({ ...n, comment, modified });

describe('planImport', () => {
  it('sorts incoming notes into new, updated, duplicate and conflict by id', () => {
    const existing = [a, b, c, d];
    const incoming = [
      { ...a }, // identical → duplicate
      edited(b, 'newer remote edit', b.modified + 1000), // newer → updated
      edited(c, 'older remote copy', c.modified - 1000), // local edited later → conflict
      edited(d, 'same time, different text', d.modified), // cannot tell → conflict
      e, // unknown id → new
    ];
    const plan = planImport(existing, incoming);
    expect(plan.new).toEqual([e]);
    expect(plan.updated).toEqual([incoming[1]]);
    expect(plan.duplicate).toEqual([incoming[0]]);
    expect(plan.conflict).toEqual([
      { local: c, incoming: incoming[2] },
      { local: d, incoming: incoming[3] },
    ]);
  });

  it('never plans to overwrite a note edited locally after the incoming copy', () => {
    const local = edited(a, 'my latest thoughts', a.modified + 5000);
    const plan = planImport([local], [edited(a, 'stale', a.modified + 10)]);
    expect(plan.updated).toEqual([]);
    expect(plan.conflict).toHaveLength(1);
  });

  it('plans nothing for nothing, and everything new on an empty library', () => {
    expect(planImport([a], [])).toEqual({ new: [], updated: [], duplicate: [], conflict: [] });
    expect(planImport([], [a, b]).new).toEqual([a, b]);
  });
});

describe('sameNote', () => {
  it('ignores key order and absent-versus-undefined, but not any value', () => {
    const reordered = JSON.parse(JSON.stringify({ ...a, page: { ...a.page }, id: a.id })) as Note;
    expect(sameNote(a, reordered)).toBe(true);
    expect(sameNote(a, { ...a, target: { ...a.target, context: undefined } } as Note)).toBe(
      a.target.context === undefined,
    );
    expect(sameNote(a, { ...a, tags: [...a.tags, 'extra'] })).toBe(false);
    expect(sameNote(a, { ...a, target: { ...a.target, position: { ...a.target.position, end: 1e9 } } })).toBe(false);
  });
});
