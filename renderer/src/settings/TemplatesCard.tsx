import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { OCCASION_KIND_LABELS, OCCASION_KINDS, type OccasionKind, type Template } from '../../../shared';
import { useClient } from '../api/client-context';
import { useQuery } from '../api/use-query';
import { KindIcon } from '../ui/KindIcon';
import { Dialog } from '../ui/Dialog';
import { FormActions } from '../ui/FormActions';
import { Icon } from '../ui/Icon';
import { QueryState } from '../ui/QueryState';
import { useToast } from '../ui/toast';
import { TemplateDialog, type TemplateDraft } from './TemplateDialog';
import './templates.css';


/**
 * Settings → Templates: what a new note starts from, per kind of occasion. The built-in ones can
 * be edited (and restored), and the user can add their own; a note's Template menu offers them all.
 */
export function TemplatesCard() {
  const { state, reload } = useQuery('templates.list', {});
  const [editing, setEditing] = useState<TemplateDraft | null>(null);
  const [removing, setRemoving] = useState<Template | null>(null);
  const ref = useRef<HTMLElement>(null);
  const location = useLocation();

  // "Edit templates" in the note editor links here.
  useEffect(() => {
    if (location.hash === '#templates' && state.status === 'loaded') ref.current?.scrollIntoView({ block: 'start' });
  }, [location.hash, state.status]);

  return (
    <section className="card templates-card" id="templates" ref={ref} aria-labelledby="templates-title">
      <div className="templates-heading">
        <div>
          <h2 id="templates-title">Templates</h2>
          <p className="muted card-intro">
            A new note starts from the template for its kind, filled in with what you recorded: their name, the discussion points,
            what you promised. Edit the built-in ones or write your own.
          </p>
        </div>
        <button type="button" className="button" onClick={() => setEditing({ kind: 'interview', name: '', subject: '', body: '' })}>
          <Icon name="plus" />
          New template
        </button>
      </div>
      <QueryState state={state} onRetry={reload} loadingText="Loading templates…" failedText="The templates could not be loaded.">
        {({ data }) => (
          <div className="template-groups">
            {OCCASION_KINDS.map((kind) => (
              <KindTemplates
                key={kind}
                kind={kind}
                templates={data.items.filter((template) => template.kind === kind)}
                onEdit={(template) => setEditing({ ...template })}
                onRemove={setRemoving}
              />
            ))}
          </div>
        )}
      </QueryState>
      {editing && <TemplateDialog draft={editing} onClose={() => setEditing(null)} />}
      {removing && <RemoveDialog template={removing} onClose={() => setRemoving(null)} />}
    </section>
  );
}

interface KindProps {
  kind: OccasionKind;
  templates: Template[];
  onEdit(template: Template): void;
  onRemove(template: Template): void;
}

function KindTemplates({ kind, templates, onEdit, onRemove }: KindProps) {
  return (
    <section className="template-group" aria-labelledby={`templates-${kind}`}>
      <h3 id={`templates-${kind}`} className="template-group-title">
        <KindIcon kind={kind} />
        {OCCASION_KIND_LABELS[kind]}
      </h3>
      <ul className="template-list">
        {templates.map((template) => (
          <li key={template.id} className="template-row">
            <div className="template-row-text">
              <p className="template-name">
                <bdi>{template.name}</bdi>
                {template.builtIn ? (
                  <span className="template-tag">{template.customized ? 'Built-in · edited' : 'Built-in'}</span>
                ) : (
                  <span className="template-tag own">Yours</span>
                )}
              </p>
              <p className="template-subject muted">
                <bdi>{template.subject || '(no subject)'}</bdi>
              </p>
            </div>
            <div className="template-actions">
              <button type="button" className="button compact" onClick={() => onEdit(template)} aria-label={`Edit “${template.name}”`}>
                <Icon name="edit" />
                Edit
              </button>
              {template.builtIn && template.customized && (
                <button type="button" className="button compact subtle" onClick={() => onRemove(template)}>
                  Restore original
                </button>
              )}
              {!template.builtIn && (
                <button type="button" className="button compact subtle-danger" onClick={() => onRemove(template)} aria-label={`Delete “${template.name}”`}>
                  <Icon name="trash" />
                  Delete
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Deleting one of your own, or restoring a built-in one to its shipped text. */
function RemoveDialog({ template, onClose }: { template: Template; onClose(): void }) {
  const client = useClient();
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const restore = template.builtIn;

  async function confirm() {
    setBusy(true);
    const result = await client.call('templates.delete', { id: template.id });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    toast({ message: restore ? 'Restored the original template.' : `Deleted “${template.name}”.` });
    onClose();
  }

  return (
    <Dialog open title={restore ? 'Restore the original template?' : 'Delete this template?'} onClose={onClose}>
      <p>
        {restore ? (
          <>
            Your changes to “<bdi>{template.name}</bdi>” will be replaced by the text Thankful ships with. Notes already written keep their
            text.
          </>
        ) : (
          <>
            “<bdi>{template.name}</bdi>” will be deleted. Notes already written from it keep their text.
          </>
        )}
      </p>
      <FormActions error={error} className="dialog-actions" onCancel={onClose} startOnCancel>
        <button type="button" className={restore ? 'button primary' : 'button danger'} disabled={busy} onClick={() => void confirm()}>
          {restore ? 'Restore original' : 'Delete template'}
        </button>
      </FormActions>
    </Dialog>
  );
}
