import DOMPurify, { type Config, type DOMPurify as Purifier } from 'dompurify';
import { Marked } from 'marked';

/**
 * A note's Markdown as the HTML of its preview: `marked`, then DOMPurify with an allow-list,
 * before anything reaches the DOM. The note is the user's own text, but it is also what they paste
 * from elsewhere (a job ad, an email), so it is treated as untrusted:
 *
 * - only formatting tags survive: no script, style, iframe, object, form, svg or math;
 * - no `on*` handlers, no `style`, `class` or `id` attributes;
 * - links keep only an `https:` or `mailto:` address, open in a new window (which the Electron
 *   shell hands to the system browser) and carry `rel="noreferrer noopener"`; any other link
 *   (`javascript:`, relative, `#…`) loses its address and becomes plain text;
 * - images are never fetched: a remote (or relative) source becomes a visible "image not loaded"
 *   placeholder; only inline `data:image/…` pictures show. The CSP forbids remote loads anyway;
 *   this keeps the preview honest and quiet (no blocked requests, no tracking pixels).
 */
export function renderMarkdown(markdown: string): string {
  const html = markedInstance.parse(markdown, { async: false });
  return purifier().sanitize(defuse(html), SANITIZE_CONFIG);
}

/**
 * Chromium checks the CSP as soon as it *parses* an inline handler (`onerror=`), a `style`
 * attribute or a `<style>` element, even in the inert document DOMPurify parses into, where
 * nothing can run, and logs a "violates the Content Security Policy" error for each. They are
 * false alarms (DOMPurify removes all three), but they would bury real reports; so inside tags
 * those are renamed to inert names before parsing. This is housekeeping, not the defence:
 * DOMPurify's allow-list is (it drops the renamed ones too, `data-*` being off).
 * Text never contains a raw `<` followed by a letter (marked escapes it), so only real tags match.
 */
function defuse(html: string): string {
  return html.replace(/<\/?[a-zA-Z][^>]*>/gu, (tag) =>
    tag.replace(/^<(\/?)style\b/iu, '<$1x-defused-style').replace(/([\s/"'])(on[a-z]+|style)(\s*=)/giu, '$1data-defused-$2$3'),
  );
}

/** The class of the placeholder that stands in for an image that was not loaded. */
export const BLOCKED_IMAGE_CLASS = 'md-image-blocked';
/** Shown on a link whose address was removed. */
export const REMOVED_LINK_TITLE = 'Link removed: only https: and mailto: links are kept';

// GitHub-flavoured Markdown; a single line break is a line break, as in the email it becomes
// ("Best regards,\nAlex" is two lines, not one).
const markedInstance = new Marked({ gfm: true, breaks: true, async: false });

const ALLOWED_TAGS = [
  'p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'strong', 'b', 'em', 'i', 'u', 's', 'del', 'ins', 'mark', 'sub', 'sup', 'small', 'abbr',
  'code', 'kbd', 'pre', 'blockquote', 'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  'a', 'img', 'span', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'caption',
];
const ALLOWED_ATTR = ['href', 'title', 'alt', 'src', 'start', 'align', 'colspan', 'rowspan', 'dir'];

const SANITIZE_CONFIG: Config & { RETURN_DOM?: false; RETURN_DOM_FRAGMENT?: false } = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  // Every attribute not listed as URI-safe must match this, so `href` (and `src`, but see
  // DATA_URI_TAGS) can only be https: or mailto:, never javascript:, data:, relative or blank.
  ALLOWED_URI_REGEXP: /^(?:https:|mailto:)/iu,
  // Plain values, not addresses: they are checked by the allow-list only.
  ADD_URI_SAFE_ATTR: ['start', 'align', 'colspan', 'rowspan', 'dir'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  // Belt and braces: these stay out even if the allow-lists above are ever widened.
  ADD_FORBID_CONTENTS: ['x-defused-style'],
  FORBID_TAGS: ['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'form', 'input', 'button', 'textarea', 'select', 'link', 'meta', 'base', 'svg', 'math', 'template'],
  FORBID_ATTR: ['style', 'class', 'id', 'name', 'target', 'srcset', 'formaction', 'action', 'ping', 'background'],
};

/** Inline pictures only; never an address that would be fetched. */
const SAFE_IMAGE_SOURCE = /^data:image\/(?:png|gif|jpeg|webp|avif);/iu;

let instance: Purifier | null = null;

/** One DOMPurify of our own (its hooks do not leak into any other user of the library). */
function purifier(): Purifier {
  if (instance) return instance;
  const purify = DOMPurify(window);
  purify.addHook('uponSanitizeAttribute', (node, event) => {
    // The one class we allow: the placeholder our own hook creates below.
    if (event.attrName === 'class' && node.nodeName === 'SPAN' && event.attrValue === BLOCKED_IMAGE_CLASS) event.forceKeepAttr = true;
  });
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'A') {
      if (node.hasAttribute('href')) {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noreferrer noopener');
      } else {
        node.setAttribute('title', REMOVED_LINK_TITLE);
      }
    } else if (node.nodeName === 'IMG' && !SAFE_IMAGE_SOURCE.test(node.getAttribute('src') ?? '')) {
      const placeholder = node.ownerDocument.createElement('span');
      placeholder.setAttribute('class', BLOCKED_IMAGE_CLASS);
      const alt = (node.getAttribute('alt') ?? '').trim();
      placeholder.textContent = alt ? `Image not loaded: ${alt}` : 'Image not loaded';
      node.replaceWith(placeholder);
    }
  });
  instance = purify;
  return purify;
}
