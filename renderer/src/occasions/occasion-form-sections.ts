import type { FormErrors, FormField } from './occasion-form-draft';
import type { OccasionFormValues } from './occasion-form-model';

/** What each section of the occasion form is given by the form. */
export interface SectionProps {
  values: OccasionFormValues;
  errors: FormErrors;
  /** The element id of a field, unique to this form. */
  id(field: string): string;
  /** Changes values and drops the messages about the fields that changed. */
  change(fields: FormField[], update: (v: OccasionFormValues) => OccasionFormValues): void;
}
