import type { HandoffAction } from './handoff-types';

export interface SendMenuItem {
  id: 'mail-app' | 'email-file' | 'copy-rich' | 'copy-plain';
  label: string;
  /** One line on what it does and where it works. */
  hint: string;
  action: HandoffAction;
}

interface Context {
  /** The desktop app saves the .eml through a save dialog; a browser downloads it. */
  desktop: boolean;
  /** The person has no email address yet. */
  noAddress: boolean;
  openAfterSaving: boolean;
}

/** The ways to hand the note over, as the Send menu lists them. */
export function sendMenuItems({ desktop, noAddress, openAfterSaving }: Context): SendMenuItem[] {
  return [
    {
      id: 'mail-app',
      label: 'Open in mail app',
      hint: noAddress ? 'A new message with this note; your mail app asks who it goes to.' : 'A new message with this note, addressed and ready to send.',
      action: { kind: 'mail-app' },
    },
    {
      id: 'email-file',
      label: 'Save as email draft (.eml)',
      hint: desktop
        ? 'A file Outlook and Thunderbird open as a draft to send, with formatting.'
        : 'Your browser downloads it; opened, Outlook or Thunderbird shows a draft to send.',
      action: { kind: 'email-file', openAfterSaving: desktop && openAfterSaving },
    },
    {
      id: 'copy-rich',
      label: 'Copy as rich text',
      hint: 'Keeps bold, links and lists when pasted into Gmail or Outlook on the web.',
      action: { kind: 'copy', format: 'rich' },
    },
    {
      id: 'copy-plain',
      label: 'Copy as plain text',
      hint: 'For LinkedIn, a contact form or any plain text box.',
      action: { kind: 'copy', format: 'plain' },
    },
  ];
}
