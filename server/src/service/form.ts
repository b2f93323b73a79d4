/** The form type of a filing, from the strongest evidence the model holds. */
import type { FilingModel } from './model';

export function normalizeFormType(text: string): string {
  return text
    .trim()
    .toUpperCase()
    .replace(/\s+/g, ' ')
    .replace(/^FORM\s+/, '')
    .replace(/\s*\/\s*/, '/');
}

export function detectForm(model: FilingModel): string | null {
  const header = model.header?.submissionType?.value;
  if (header) return normalizeFormType(header);
  const dei = model.xbrlFacts.find((f) => /(^|:)DocumentType$/.test(f.name))?.value;
  if (dei) {
    const amended = model.xbrlFacts.find((f) => /(^|:)AmendmentFlag$/.test(f.name))?.value;
    const form = normalizeFormType(dei);
    return amended && /^true$/i.test(amended) && !form.endsWith('/A') ? `${form}/A` : form;
  }
  const main = model.documents[model.mainDocumentIndex];
  if (main?.type) return normalizeFormType(main.type);
  const cover = model.cover?.formType?.value;
  return cover ? normalizeFormType(cover) : null;
}

export function isForm8K(form: string | null): boolean {
  return form !== null && /^8-K(\/A)?$/.test(form);
}
