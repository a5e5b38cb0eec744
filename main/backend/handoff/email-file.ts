import MailComposer from 'nodemailer/lib/mail-composer';
import { emailHtmlDocument, markdownToPlainText, toCrlf } from '../../../shared';

export interface EmailFileNote {
  to: readonly string[];
  subject: string;
  /** The note in Markdown. */
  body: string;
  date: Date;
}

/**
 * The note as an unsent email (.eml): RFC 5322 with CRLF line endings, `multipart/alternative`
 * with the plain text first and the inline-styled HTML last (clients show the last part they
 * can), a subject in encoded words when it is not ASCII, and `X-Unsent: 1`, which makes Outlook
 * and Thunderbird open it as a draft to send rather than as a received message.
 */
export async function composeEmailFile(note: EmailFileNote): Promise<string> {
  const composer = new MailComposer({
    ...(note.to.length > 0 && { to: [...note.to] }),
    subject: note.subject,
    date: note.date,
    // RFC 5322 wants CRLF everywhere; nodemailer keeps the line breaks it is given.
    text: toCrlf(markdownToPlainText(note.body)),
    html: toCrlf(emailHtmlDocument(note.subject, note.body)),
    textEncoding: 'quoted-printable',
    headers: { 'X-Unsent': '1' },
  });
  const message = await composer.compile().build();
  return message.toString('utf8');
}

/** "Thank-you to Priya Raman.eml", safe on every file system. */
export function emailFileName(personName: string): string {
  const cleaned = `Thank-you to ${personName}`
    // eslint-disable-next-line no-control-regex -- control characters are what we remove
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/[. ]+$/u, '');
  return `${Array.from(cleaned).slice(0, 80).join('')}.eml`;
}
