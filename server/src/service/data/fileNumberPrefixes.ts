/**
 * What the prefix of an SEC file number says about the registration behind it
 * (shared/notes/form-8k-reference.md; the first three marked "verify" there).
 */
export const FILE_NUMBER_PREFIXES: Record<string, string> = {
  '0': 'Exchange Act Section 12(g) registration (securities not listed on an exchange)',
  '000': 'Exchange Act Section 12(g) registration (securities not listed on an exchange)',
  '1': 'Exchange Act Section 12(b) registration (securities listed on an exchange)',
  '001': 'Exchange Act Section 12(b) registration (securities listed on an exchange)',
  '2': 'Securities Act registration statement (before 1989)',
  '33': 'Securities Act registration statement (1989–1996)',
  '333': 'Securities Act registration statement (since 1996)',
  '811': 'Investment Company Act registration (investment company)',
  '814': 'Business development company',
};
