import type { TestBackend } from '../../test-support/backend';

/** Text that breaks naive writers: emoji, right-to-left script, URL-special characters, quotes, formulas. */
export const AWKWARD = 'Zoë 🎉 يوسف דנה & ? # % + "quoted", a;b';

/**
 * A realistic history written through the real backend: people with several addresses, tags, an
 * archived one and one from a LinkedIn import; an opportunity; occasions of several kinds (one from
 * a calendar invite) with participants, their points and follow-ups; thank-yous in every status,
 * with notes, a hand-off, follow-ups done and not, a kept one for someone taken off the occasion;
 * a template of the user's own, an edited built-in one, and settings.
 */
export async function seedEverything(backend: TestBackend): Promise<void> {
  const { call, clock } = backend;
  clock.set('2026-11-20T09:00:00Z');
  await call('settings.update', {
    yourName: 'Sam 🎉 Candidate',
    signature: `Best,\nSam — ${AWKWARD}`,
    dueHours: { interview: 12, referral: 72 },
    myAddresses: ['sam+jobs@example.org'],
  });
  const job = await call('opportunities.create', {
    company: 'Northwind & Co',
    role: 'Staff Engineer (C++ / Rust)',
    link: 'https://example.com/jobs?id=42&ref=a%20b#apply',
    stage: 'interviewing',
    notes: `Salary 100% + bonus? ${AWKWARD}`,
  });

  // Ids with a gap: the import must keep them as they are, not number them again.
  const gone = await call('people.create', { fullName: 'Deleted Before Export' });
  const priya = await call('people.create', {
    fullName: 'Priya Raman',
    addressAs: 'Dr. Raman',
    emails: ['priya@example.com', 'p.raman+work@example.org'],
    phone: '+1 555 0100',
    company: 'Northwind & Co',
    title: '=HYPERLINK("https://evil.example")',
    linkedinUrl: 'https://www.linkedin.com/in/priya-raman-42',
    notes: `Met at #RustConf\n${AWKWARD}`,
    tags: ['mentor', '@alumni', '-hiring'],
  });
  await call('people.delete', { id: gone.id });
  const yusuf = await call('people.create', { fullName: 'يوسف الحسيني', emails: ['yusuf@example.com'], tags: ['مرشد'] });
  const dana = await call('people.create', { fullName: 'דנה כהן', emails: ['dana@example.co.il'], company: AWKWARD });
  const marcus = await call('people.create', { fullName: 'Marcus Chen', notes: '=1+1' });
  const kenji = await call('people.create', { fullName: '山田 太郎', emails: ['kenji@example.jp'] });
  const connections = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAna,Lima,https://www.linkedin.com/in/ana-lima,ana@example.com,Globex,Recruiter,03 Nov 2026\n';
  await call('imports.savePeople', { name: 'Connections.csv', data: Buffer.from(connections).toString('base64'), actions: ['add'] });

  const panel = await call('occasions.create', {
    kind: 'interview',
    interviewFormat: 'panel',
    title: `Panel — ${AWKWARD}`,
    startsAt: '2026-11-20T14:00:00Z',
    endsAt: '2026-11-20T15:30:00Z',
    location: 'https://meet.example.com/abc?pwd=1&x=2',
    opportunityId: job.id,
    discussionPoints: ['Latency budgets', `Team culture ${AWKWARD}`],
    promisedFollowUps: [{ text: 'Send the RFC', url: 'https://example.com/rfc?a=1&b=2#x' }],
    notes: 'Went well.\nAsked about 20% time.',
    participants: [
      { personId: priya.id, role: 'Hiring manager', points: ['Asked about Rust', AWKWARD], promisedFollowUps: [{ text: 'Benchmarks', url: '' }] },
      { personId: marcus.id, role: 'Engineer' },
      { personId: kenji.id, role: '面接官' },
    ],
  });
  const referral = await call('occasions.create', { kind: 'referral', startsAt: '2026-11-18T10:00:00Z', participants: [{ personId: yusuf.id }] });
  const recommendation = await call('occasions.create', {
    kind: 'recommendation',
    startsAt: '2026-11-10T10:00:00Z',
    opportunityId: job.id,
    participants: [{ personId: dana.id, role: 'Former manager' }],
  });
  const informational = await call('occasions.create', { kind: 'informational-interview', startsAt: '2026-11-19T16:00:00Z', participants: [{ personId: kenji.id }] });
  await call('occasions.create', { kind: 'mentoring', startsAt: '2026-11-01T18:00:00Z', participants: [{ personId: priya.id }, { newPerson: { fullName: 'Olu 👋 Okafor', email: 'olu@example.com' } }] });
  await call('imports.saveInvite', {
    uid: 'invite-123@calendar.example.com',
    occasion: { kind: 'interview', interviewFormat: 'video', startsAt: '2026-11-25T09:00:00Z', participants: [{ personId: yusuf.id }] },
  });

  const thankYouOf = (occasion: typeof panel, personId: number) => occasion.participants.find((p) => p.personId === personId)!.thankYou!.id;
  clock.set('2026-11-20T18:00:00Z');
  await call('thanks.saveDraft', { id: thankYouOf(panel, priya.id), subject: `Thank you ${AWKWARD}`, body: `Dear Dr. Raman,\n\n**Thanks** for ${AWKWARD}.`, draftRevision: 0 });
  await call('thanks.markSent', {
    id: thankYouOf(panel, priya.id),
    sentAt: '2026-11-20T17:45:00Z',
    channel: 'email',
    followUp: { text: 'Call to touch base', dueAt: '2026-11-27T10:00:00Z' },
  });
  await call('thanks.completeFollowUp', { id: thankYouOf(panel, priya.id) });
  await call('thanks.saveDraft', { id: thankYouOf(panel, marcus.id), subject: 'Thanks, Marcus', body: 'Dear Marcus,\n\n', recipient: null, draftRevision: 0 });
  await call('handoff.copy', { id: thankYouOf(panel, marcus.id), format: 'plain' });
  await call('thanks.skip', { id: thankYouOf(panel, kenji.id), reason: `Said no thanks needed ${AWKWARD}` });
  await call('thanks.snooze', { id: thankYouOf(referral, yusuf.id), until: '2026-12-10T09:00:00Z' });
  await call('thanks.setDue', { id: thankYouOf(informational, kenji.id), dueAt: '2026-11-22T12:00:00Z' });
  await call('thanks.markSent', { id: thankYouOf(recommendation, dana.id), sentAt: '2026-11-11T09:00:00Z', channel: 'handwritten' });
  await call('opportunities.update', { id: job.id, opportunity: { company: 'Northwind & Co', role: 'Staff Engineer (C++ / Rust)', stage: 'offer' } });
  await call('thanks.answerHowItWent', { id: thankYouOf(recommendation, dana.id), followUp: { text: 'Tell Dana about the offer', dueAt: '2026-12-01T10:00:00Z' } });

  // Marcus leaves the panel after his note was started: his thank-you stays, without a place on it.
  const { revision, participants } = await call('occasions.get', { id: panel.id });
  await call('occasions.update', {
    id: panel.id,
    revision,
    occasion: {
      kind: 'interview',
      interviewFormat: 'panel',
      title: panel.title,
      startsAt: panel.startsAt,
      endsAt: panel.endsAt,
      location: panel.location,
      opportunityId: job.id,
      discussionPoints: panel.discussionPoints,
      promisedFollowUps: panel.promisedFollowUps,
      notes: panel.notes,
      participants: participants.filter((p) => p.personId !== marcus.id).map((p) => ({ personId: p.personId, role: p.role })),
    },
  });

  await call('templates.save', { kind: 'referral', name: `Mine ${AWKWARD}`, subject: 'Thanks {{firstName}}!', body: `Hi {{firstName}},\n\n${AWKWARD}` });
  await call('templates.save', { id: 'builtin:interview', kind: 'interview', name: 'Interview (edited)', subject: 'Thank you', body: 'Dear {{firstName}},' });
  await call('people.archive', { id: dana.id });
}
