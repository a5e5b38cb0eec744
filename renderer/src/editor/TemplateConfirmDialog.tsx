import type { Template } from '../../../shared';
import { Dialog } from '../ui/Dialog';
import { FormActions } from '../ui/FormActions';
import { keyLabel } from '../lib/platform-keys';

/** Before a template replaces text the user wrote. */
export function TemplateConfirmDialog({ template, onCancel, onConfirm }: { template: Template; onCancel(): void; onConfirm(): void }) {
  return (
    <Dialog open title="Start again from this template?" onClose={onCancel}>
      <p>
        The text of your note will be replaced by “<bdi>{template.name}</bdi>”, filled in with what you recorded. You can undo this with{' '}
        {keyLabel('Mod+Z')}.
      </p>
      <FormActions className="dialog-actions" onCancel={onCancel}>
        <button type="button" className="button primary" onClick={onConfirm} data-autofocus>
          Replace my text
        </button>
      </FormActions>
    </Dialog>
  );
}
