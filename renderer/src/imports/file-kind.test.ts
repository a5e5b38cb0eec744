import { describe, expect, it } from 'vitest';
import { importKindOf } from './file-kind';

describe('which import a dropped file is for', () => {
  it('goes by the name first, whatever its case, then by the type', () => {
    expect(importKindOf({ name: 'invite.ICS', type: '' })).toBe('invite');
    expect(importKindOf({ name: 'Contacts.vcf', type: 'text/x-vcard' })).toBe('people');
    expect(importKindOf({ name: 'Connections.csv', type: 'application/vnd.ms-excel' })).toBe('people');
    expect(importKindOf({ name: 'Basic_LinkedInDataExport_12-04-2026.zip', type: '' })).toBe('people');
    expect(importKindOf({ name: 'download', type: 'text/calendar' })).toBe('invite');
  });

  it('refuses what it cannot import', () => {
    expect(importKindOf({ name: 'resume.pdf', type: 'application/pdf' })).toBeNull();
    expect(importKindOf({ name: 'ics', type: '' })).toBeNull();
  });
});
