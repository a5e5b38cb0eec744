import type { Page } from '@playwright/test';
import { rpc } from './rpc';

const HOUR = 3_600_000;

/** A specific note to the first panelist, as sent: long enough to count as a copy when duplicated. */
export const SENT_TO_MARCUS = `Dear Marcus,

Thank you for the time on Tuesday's panel. Your walkthrough of how engineering picks up a design once it leaves Figma was the most concrete picture of a handoff I have seen in an interview.

I keep thinking about your point that the patient intake flow fails older patients at the insurance step. At Caremark I rebuilt a similar form and cut abandonment from 38% to 21% by splitting the insurance questions across two screens.

I would love to continue the conversation, and I am happy to answer anything about my background.

Best regards,
Sam Lee`;

/**
 * A panel interview three hours ago: Marcus Chen and `colleague`. The note to Marcus is sent;
 * "Duplicate as new draft" copied it to the colleague, greeting changed. Returns both ids.
 */
export async function seedCopiedPanelNote(page: Page, colleague: { fullName: string; email: string }): Promise<{ marcus: number; colleague: number }> {
  await rpc(page, 'settings.update', { yourName: 'Sam Lee' });
  const occasion = await rpc(page, 'occasions.create', {
    kind: 'interview',
    interviewFormat: 'panel',
    startsAt: new Date(Date.now() - 3 * HOUR).toISOString(),
    discussionPoints: ['redesigning the patient intake flow'],
    participants: [{ newPerson: { fullName: 'Marcus Chen', email: 'marcus@northwind.example' } }, { newPerson: colleague }],
  });
  const [marcus, other] = occasion.participants.map((participant) => participant.thankYou!.id) as [number, number];
  await rpc(page, 'thanks.saveDraft', { id: marcus, subject: 'Thank you', body: SENT_TO_MARCUS, recipient: null, draftRevision: 0 });
  await rpc(page, 'thanks.markSent', { id: marcus, sentAt: new Date(Date.now() - HOUR).toISOString(), channel: 'email' });
  await rpc(page, 'thanks.duplicate', { id: marcus, targetId: other });
  return { marcus, colleague: other };
}
