import { escapeRegExp, type DuplicateTarget } from '../../../shared';
import { conflict } from '../errors';
import type { DraftsRepository } from './drafts-repository';

/**
 * "Duplicate as new draft": a sent note is history, but its text can start another note — to the
 * next interviewer of the same panel, or to the same person for a later occasion. The copy goes
 * into a thank-you that is still open, never over text there unless the user says so.
 */
export class DuplicateService {
  constructor(private readonly drafts: DraftsRepository) {}

  /** The open thank-yous the note of `id` can be copied into: the same panel first, then the same person, then the rest. */
  targets(id: number): DuplicateTarget[] {
    const source = this.drafts.get(id);
    return this.drafts.openThanksNear(source);
  }

  /** Copies the subject and text of `id` into `targetId`, greeting the target's person by name. */
  duplicate(id: number, targetId: number, replaceDraft: boolean): { thankYouId: number } {
    const source = this.drafts.get(id);
    const target = this.drafts.get(targetId);
    if (target.id === source.id) throw conflict('Choose another thank-you to copy this note into.');
    if (target.status === 'sent' || target.status === 'skipped') {
      throw conflict(`The thank-you to ${target.person.fullName} was ${target.status} meanwhile; choose another one.`);
    }
    if (target.body.trim() !== '' && !replaceDraft) {
      throw conflict(`The thank-you to ${target.person.fullName} has a draft already. Replace it?`, undefined, { hasDraft: 1 });
    }
    const body = regreet(source.body, source.person.addressAs, target.person.addressAs);
    // On the revision read above: text typed into the target meanwhile is a CONFLICT, not lost.
    this.drafts.save({ id: target.id, subject: source.subject, body, recipient: null, draftRevision: target.draftRevision });
    return { thankYouId: target.id };
  }
}

/**
 * "Dear Priya," becomes "Dear Sam,": the name is replaced in the first line that has text, as a
 * whole word only. Elsewhere the text is left for the writer (and the coach) to make personal.
 */
export function regreet(body: string, from: string, to: string): string {
  if (from === '' || from === to) return body;
  const lines = body.split('\n');
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first < 0) return body;
  const name = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(from)}(?![\\p{L}\\p{N}])`, 'u');
  lines[first] = lines[first]!.replace(name, () => to);
  return lines.join('\n');
}
