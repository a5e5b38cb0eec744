export const SKIP_REASONS = ['Thanked in person already', 'Not involved in the end', 'No contact details'];
