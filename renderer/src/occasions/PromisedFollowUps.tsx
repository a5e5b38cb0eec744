import { newKey } from './occasion-form-model';
import type { SectionProps } from './occasion-form-sections';

/** What was promised to send, each with an optional link; `focusOnRender` focuses a new row's text. */
export function PromisedFollowUps({ values, errors, id, change, focusOnRender }: SectionProps & { focusOnRender(elementId: string): void }) {
  return (
      <div className="field">
        <span className="field-label" id={id('promises-label')}>
          Promised follow-ups
        </span>
        {values.promisedFollowUps.length > 0 && (
          <ul className="promises" aria-labelledby={id('promises-label')}>
            {values.promisedFollowUps.map((promise, index) => {
              const rowError = errors[`promise.${promise.key}`];
              const textError = errors[`promise.${promise.key}.text`];
              const urlError = errors[`promise.${promise.key}.url`];
              const textId = id(`promise-${promise.key}-text`);
              const urlId = id(`promise-${promise.key}-url`);
              const update = (patch: Partial<typeof promise>) =>
                change([`promise.${promise.key}`, `promise.${promise.key}.text`, `promise.${promise.key}.url`], (v) => ({
                  ...v,
                  promisedFollowUps: v.promisedFollowUps.map((f) => (f.key === promise.key ? { ...f, ...patch } : f)),
                }));
              return (
                <li key={promise.key} className={rowError || textError || urlError ? 'promise invalid' : 'promise'}>
                  <input
                    id={textId}
                    value={promise.text}
                    dir="auto"
                    autoComplete="off"
                    placeholder="What you promised, e.g. my portfolio"
                    aria-label={`Promised follow-up ${index + 1}`}
                    aria-invalid={Boolean(rowError || textError)}
                    aria-describedby={rowError || textError ? `${textId}-error` : undefined}
                    onChange={(e) => update({ text: e.target.value })}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey) document.getElementById(urlId)?.focus();
                    }}
                  />
                  <input
                    id={urlId}
                    type="url"
                    value={promise.url}
                    autoComplete="off"
                    spellCheck={false}
                    placeholder="Link (optional)"
                    aria-label={`Link for promised follow-up ${index + 1}`}
                    aria-invalid={Boolean(urlError)}
                    aria-describedby={urlError ? `${urlId}-error` : undefined}
                    onChange={(e) => update({ url: e.target.value })}
                  />
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={`Remove promised follow-up ${index + 1}`}
                    onClick={() => change([], (v) => ({ ...v, promisedFollowUps: v.promisedFollowUps.filter((f) => f.key !== promise.key) }))}
                  >
                    ×
                  </button>
                  {(rowError || textError) && (
                    <p className="field-error" id={`${textId}-error`}>
                      {rowError ?? textError}
                    </p>
                  )}
                  {urlError && (
                    <p className="field-error" id={`${urlId}-error`}>
                      {urlError}
                    </p>
                  )}
                </li>
              );
            })}
          </ul>
        )}
        <button
          type="button"
          className="link-button add-promise"
          onClick={() => {
            const key = newKey('promise');
            change([], (v) => ({ ...v, promisedFollowUps: [...v.promisedFollowUps, { key, text: '', url: '' }] }));
            focusOnRender(id(`promise-${key}-text`));
          }}
        >
          + Add something you promised to send
        </button>
      </div>
  );
}
