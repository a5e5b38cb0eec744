import {
  AppErrorException,
  buildMailto,
  findUnfinished,
  MailtoAddressError,
  markdownToEmailHtml,
  markdownToPlainText,
  planMailto,
  unfinishedMessage,
  type CopyResult,
  type EmailFileResult,
  type MailAppResult,
  type ThankYouDetail,
  type ThankYouSummary,
} from '../../../shared';
import { invalid } from '../errors';
import type { DraftsRepository } from '../thanks/drafts-repository';
import type { ThanksRepository } from '../thanks/thanks-repository';
import type { Desktop } from './desktop';
import { composeEmailFile, emailFileName } from './email-file';

interface HandoffInput {
  id: number;
  draft?: { subject: string; body: string; recipient: string | null; draftRevision: number } | undefined;
}

/** Said wherever a hand-off fails, so the user always has a way forward. */
const ALTERNATIVES = 'You can save the note as an email draft (.eml) or copy it and paste it into your mail instead.';

/**
 * Hands a note to the user's own mail client: as a `mailto:` link, an `.eml` draft, or the
 * clipboard. Everything is built here from the stored fields (never from a URL or HTML the page
 * made); with a `Desktop` (the Electron shell) the system is asked to act here too, without one
 * (browser mode) the page is given what to act on. Each hand-off is recorded by the thanks
 * repository, so "Did you send it?" can be asked, also after a restart, until the user answers.
 */
export class HandoffService {
  constructor(
    private readonly now: () => Date,
    private readonly drafts: DraftsRepository,
    private readonly thanks: ThanksRepository,
    private readonly desktop: Desktop | undefined,
  ) {}

  async openInMailApp(input: HandoffInput): Promise<MailAppResult> {
    const note = this.prepare(input);
    const plainText = markdownToPlainText(note.body);
    const plan = this.mailtoPlan(note, plainText);
    const bodyOnClipboard = plan.kind === 'without-body';
    if (this.desktop) {
      // The body is on the clipboard before the mail app comes up, ready to paste.
      if (bodyOnClipboard) await this.writeClipboard({ text: plainText });
      try {
        await this.desktop.openMailLink(plan.url);
      } catch {
        throw new AppErrorException({
          code: 'UNAVAILABLE',
          message: `Your computer could not open a mail app: there may be none set up for email links. ${ALTERNATIVES}`,
        });
      }
    }
    const handedOffAt = this.thanks.recordHandoff(note.id, 'mail-app');
    return { performedBy: this.desktop ? 'app' : 'page', url: plan.url, bodyOnClipboard, plainText, handedOffAt, draftRevision: note.draftRevision };
  }

  async saveEmailFile(input: HandoffInput & { openAfterSaving: boolean }): Promise<EmailFileResult> {
    const note = this.prepare(input);
    const to = this.recipients(note);
    const content = await composeEmailFile({ to, subject: note.subject, body: note.body, date: this.now() });
    const fileName = emailFileName(note.person.fullName);
    if (!this.desktop) return { performedBy: 'page', fileName, content, handedOffAt: this.thanks.recordHandoff(note.id, 'email-file'), draftRevision: note.draftRevision };

    let path: string | null;
    try {
      path = await this.desktop.saveFile(fileName, content);
    } catch (error) {
      throw new AppErrorException({ code: 'UNAVAILABLE', message: `The email draft could not be saved: ${reason(error)}. Try another folder, or copy the note instead.` });
    }
    if (path === null) return { performedBy: 'app', path: null, opened: false, openError: null, handedOffAt: null, draftRevision: note.draftRevision };
    const handedOffAt = this.thanks.recordHandoff(note.id, 'email-file');
    if (!input.openAfterSaving) return { performedBy: 'app', path, opened: false, openError: null, handedOffAt, draftRevision: note.draftRevision };
    try {
      await this.desktop.openFile(path);
      return { performedBy: 'app', path, opened: true, openError: null, handedOffAt, draftRevision: note.draftRevision };
    } catch (error) {
      const openError = `It was saved, but your computer could not open it (${reason(error)}). Open it from your mail app, or double-click it in its folder.`;
      return { performedBy: 'app', path, opened: false, openError, handedOffAt, draftRevision: note.draftRevision };
    }
  }

  async copy(input: HandoffInput & { format: 'rich' | 'plain' }): Promise<CopyResult> {
    const note = this.prepare(input);
    const text = markdownToPlainText(note.body);
    const html = input.format === 'rich' ? markdownToEmailHtml(note.body) : null;
    if (this.desktop) await this.writeClipboard(html === null ? { text } : { text, html });
    const handedOffAt = this.thanks.recordHandoff(note.id, input.format === 'rich' ? 'copy-rich' : 'copy-plain');
    return { performedBy: this.desktop ? 'app' : 'page', text, html, handedOffAt, draftRevision: note.draftRevision };
  }

  /** "Not yet": stop asking whether this hand-off was sent. */
  dismiss(id: number): ThankYouSummary {
    return this.thanks.dismissHandoff(id);
  }

  private async writeClipboard(content: { text: string; html?: string }): Promise<void> {
    try {
      await this.desktop!.writeClipboard(content);
    } catch {
      // `failed` lets the page leave out "Copy" from the ways forward: it would fail the same way.
      throw new AppErrorException({
        code: 'UNAVAILABLE',
        message: 'The note could not be put on the clipboard. You can save it as an email draft (.eml) instead.',
        details: { failed: 'clipboard' },
      });
    }
  }

  /**
   * Saves what the editor shows first (a sent note is handed off as it was sent), on the revision
   * the editor had: text saved meanwhile in another window is a CONFLICT, never overwritten.
   */
  private prepare(input: HandoffInput): ThankYouDetail {
    const current = this.drafts.get(input.id);
    if (input.draft && current.status !== 'sent') this.drafts.save({ id: input.id, ...input.draft });
    const note = input.draft && current.status !== 'sent' ? this.drafts.get(input.id) : current;
    if (note.body.trim() === '') throw invalid('body', 'The note is empty. Write it first, then hand it to your mail.');
    // What a template left to fill in never reaches the reader (a sent note went out as it was).
    if (note.status !== 'sent') {
      const inSubject = findUnfinished(note.subject);
      if (inSubject.length > 0) throw invalid('subject', unfinishedMessage('subject', inSubject));
      const inBody = findUnfinished(note.body);
      if (inBody.length > 0) throw invalid('body', unfinishedMessage('body', inBody));
    }
    return note;
  }

  private recipients(note: ThankYouDetail): string[] {
    const to = note.recipient ? [note.recipient] : [];
    try {
      buildMailto({ to, subject: '', body: '' });
    } catch (error) {
      throw this.addressError(note, error);
    }
    return to;
  }

  private mailtoPlan(note: ThankYouDetail, plainText: string) {
    let plan;
    try {
      plan = planMailto({ to: note.recipient ? [note.recipient] : [], subject: note.subject, body: plainText });
    } catch (error) {
      throw this.addressError(note, error);
    }
    if (plan.kind === 'too-long') {
      throw invalid('subject', `The subject is too long for a mail link: shorten it. ${ALTERNATIVES}`);
    }
    return plan;
  }

  private addressError(note: ThankYouDetail, error: unknown): unknown {
    if (!(error instanceof MailtoAddressError)) return error;
    return invalid('recipient', `${error.message} Correct it on ${note.person.fullName}’s page. ${ALTERNATIVES}`);
  }
}

function reason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/[.\s]+$/u, '') || 'no reason given';
}
