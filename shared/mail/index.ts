export { buildMailto, planMailto, mailtoAddressProblem, MailtoAddressError, MAILTO_MAX_LENGTH, type MailtoFields, type MailtoPlan } from './mailto';
export { markdownToPlainText } from './markdown-to-plain-text';
export { markdownToEmailHtml, emailHtmlDocument } from './markdown-to-email-html';
export { toCrlf } from './line-breaks';
