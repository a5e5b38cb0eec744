import type { Database, Statement } from 'better-sqlite3';
import { BUILT_IN_TEMPLATES, type OccasionKind, type Template } from '../../../shared';
import { invalid, notFound } from '../errors';

interface TemplateRow {
  id: number;
  kind: OccasionKind;
  name: string;
  subject: string;
  body: string;
  builtin_kind: OccasionKind | null;
}

export interface TemplateInput {
  id?: string | undefined;
  kind: OccasionKind;
  name: string;
  subject: string;
  body: string;
}

const BUILT_IN_PREFIX = 'builtin:';
const USER_PREFIX = 'user:';

/**
 * Templates: the shipped ones (from shared/, never stored), the user's edits of them (a row with
 * `builtin_kind`, shown in place of the original until restored), and the user's own.
 */
export class TemplatesRepository {
  private readonly selectAll: Statement<[], TemplateRow>;
  private readonly selectOne: Statement<[number], TemplateRow>;
  private readonly selectCustomized: Statement<[string], TemplateRow>;
  private readonly insert: Statement<Record<string, unknown>>;
  private readonly update: Statement<Record<string, unknown>>;
  private readonly remove: Statement<[number]>;

  constructor(
    db: Database,
    private readonly now: () => Date,
  ) {
    this.selectAll = db.prepare('SELECT * FROM templates ORDER BY kind, name COLLATE NOCASE, id');
    this.selectOne = db.prepare('SELECT * FROM templates WHERE id = ?');
    this.selectCustomized = db.prepare('SELECT * FROM templates WHERE builtin_kind = ?');
    this.insert = db.prepare(`INSERT INTO templates (kind, name, subject, body, builtin_kind, created_at, updated_at)
      VALUES (@kind, @name, @subject, @body, @builtinKind, @stamp, @stamp)`);
    this.update = db.prepare('UPDATE templates SET kind = @kind, name = @name, subject = @subject, body = @body, updated_at = @stamp WHERE id = @id');
    this.remove = db.prepare('DELETE FROM templates WHERE id = ?');
  }

  list(kind?: OccasionKind): Template[] {
    const rows = this.selectAll.all();
    const customized = new Map(rows.filter((row) => row.builtin_kind).map((row) => [row.builtin_kind!, row]));
    const builtIns: Template[] = BUILT_IN_TEMPLATES.map((template) => {
      const edit = customized.get(template.kind);
      return {
        id: template.id,
        kind: template.kind,
        name: edit?.name ?? template.name,
        subject: edit?.subject ?? template.subject,
        body: edit?.body ?? template.body,
        builtIn: true,
        customized: edit !== undefined,
      };
    });
    const own: Template[] = rows.filter((row) => !row.builtin_kind).map(toUserTemplate);
    return [...builtIns, ...own].filter((template) => kind === undefined || template.kind === kind);
  }

  save(input: TemplateInput): Template {
    const stamp = this.now().toISOString();
    if (input.id?.startsWith(BUILT_IN_PREFIX)) {
      const builtIn = BUILT_IN_TEMPLATES.find((template) => template.id === input.id);
      if (!builtIn) throw notFound('This template');
      if (input.kind !== builtIn.kind) throw invalid('kind', 'A built-in template stays with its kind; save a copy as your own template instead.');
      const existing = this.selectCustomized.get(builtIn.kind);
      if (existing) this.update.run({ ...input, id: existing.id, stamp });
      else this.insert.run({ ...input, builtinKind: builtIn.kind, stamp });
      return this.list().find((template) => template.id === builtIn.id)!;
    }
    if (input.id !== undefined) {
      const id = userId(input.id);
      if (!this.selectOne.get(id)) throw notFound('This template');
      this.update.run({ ...input, id, stamp });
      return toUserTemplate(this.selectOne.get(id)!);
    }
    const id = Number(this.insert.run({ ...input, builtinKind: null, stamp }).lastInsertRowid);
    return toUserTemplate(this.selectOne.get(id)!);
  }

  /** Deletes one of the user's templates, or restores a built-in one to its shipped text. */
  delete(templateId: string): void {
    if (templateId.startsWith(BUILT_IN_PREFIX)) {
      const builtIn = BUILT_IN_TEMPLATES.find((template) => template.id === templateId);
      if (!builtIn) throw notFound('This template');
      const existing = this.selectCustomized.get(builtIn.kind);
      if (existing) this.remove.run(existing.id);
      return;
    }
    const id = userId(templateId);
    if (!this.selectOne.get(id)) throw notFound('This template');
    this.remove.run(id);
  }
}

function userId(templateId: string): number {
  // Digits only: Number() would also read "0x2", " 2" and "2e0" as template 2.
  const digits = templateId.startsWith(USER_PREFIX) ? templateId.slice(USER_PREFIX.length) : '';
  const id = /^[1-9]\d{0,14}$/u.test(digits) ? Number(digits) : NaN;
  if (!Number.isInteger(id) || id <= 0) throw notFound('This template');
  return id;
}

function toUserTemplate(row: TemplateRow): Template {
  return { id: `${USER_PREFIX}${row.id}`, kind: row.kind, name: row.name, subject: row.subject, body: row.body, builtIn: false, customized: false };
}
