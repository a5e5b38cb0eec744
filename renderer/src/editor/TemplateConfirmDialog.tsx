import type { Template } from '../../../shared';
import { Dialog } from '../ui/Dialog';
import { keyLabel } from '../lib/platform-keys';

/** Before a template replaces text the user wrote. It opens on the safe choice: keeping the text. */
export function TemplateConfirmDialog({ template, onCancel, onConfirm }: { template: Template; onCancel(): void; onConfirm(): void }) {
  return (
    <Dialog open title="Start again from this template?" onClose={onCancel}>
      <p>
        The text of your note will be replaced by “<bdi>{template.name}</bdi>”, filled in with what you recorded. You can undo this with{' '}
        {keyLabel('Mod+Z')}.
      </p>
      <div className="form-actions dialog-actions">
        <button type="button" className="button" onClick={onCancel} data-autofocus>
          Keep my text
        </button>
        <button type="button" className="button primary" onClick={onConfirm}>
          Replace my text
        </button>
      </div>
    </Dialog>
  );
}
