/**
 * The SEC header of a full submission, in its two written forms:
 *
 * - `KEY:<tab>value` lines inside <SEC-HEADER> (1994: <IMS-HEADER>), where a
 *   key without a value opens a group ("FILER:", "COMPANY DATA:") whose
 *   fields are the lines indented deeper below it;
 * - the tags of an .nc dissemination file (`<CIK>0000880984`), where a group
 *   is an empty tag closed later by its end tag (`<FILER>` ... `</FILER>`).
 *
 * Both give the same SecHeader; the convenience values (cik, companyName...)
 * are read from the fields by key, whatever the style.
 */
import type { HeaderField, HeaderGroup, HeaderStyle, Located, Range, SecHeader } from '../model';
import { daysInMonth } from '../dates';

// ------------------------------------------------------ KEY: value headers

/** Parses the `KEY:` lines of text[start, end), the inside of a <SEC-HEADER> or <IMS-HEADER>. */
export function parseKeyValueHeader(
  text: string,
  start: number,
  end: number,
  style: 'sec-header' | 'ims-header',
  range: Range,
): SecHeader {
  const lines = scanHeaderLines(text, start, end);
  const builder = new HeaderBuilder();
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k];
    if (line.kind === 'close') {
      builder.close(normalizeKey(line.name));
    } else if (line.kind === 'tag') {
      builder.addField(line.key, line.keyRange, line.value, line.valueRange, normalizeKey(line.key));
    } else {
      builder.popToIndent(line.indent);
      const next = lines[k + 1];
      const key = normalizeKey(line.key);
      const opensGroup =
        line.value === '' &&
        (KNOWN_GROUPS.has(key) || (next !== undefined && next.kind === 'field' && next.indent > line.indent));
      if (opensGroup) builder.openGroup(line.key, line.keyRange, line.colonEnd, line.indent, key);
      else builder.addField(line.key, line.keyRange, line.value, line.valueRange, key);
    }
  }
  return finishHeader(style, range, builder);
}

/** Group keys of EDGAR headers, also recognised where indentation is lost. */
const KNOWN_GROUPS = new Set([
  'FILER',
  'COMPANY DATA',
  'FILING VALUES',
  'BUSINESS ADDRESS',
  'MAIL ADDRESS',
  'FORMER COMPANY',
  'FORMER NAME',
  'SUBJECT COMPANY',
  'FILED BY',
  'REPORTING OWNER',
  'OWNER DATA',
  'ISSUER',
  'DEPOSITOR',
  'SECURITIZER',
  'SERIAL COMPANY',
]);

type HeaderLine =
  | {
      kind: 'field';
      /** Visual column of the key, tabs every 8. */
      indent: number;
      key: string;
      keyRange: Range;
      colonEnd: number;
      value: string;
      valueRange: Range;
    }
  | { kind: 'tag'; key: string; keyRange: Range; value: string; valueRange: Range }
  | { kind: 'close'; name: string };

// Characters seen stranded at the start of a header line when a value was
// broken across lines ("[5122" / "]\t\tIRS NUMBER:"); they are skipped.
function isStray(c: number): boolean {
  return c === 0x5d /* ] */ || c === 0x29 /* ) */ || c === 0x7d /* } */ || c === 0x3e /* > */ || c === 0x7c /* | */ || c === 0x2a /* * */;
}
const KEY_PATTERN = /^[A-Za-z][A-Za-z0-9 &/().,'#-]{0,79}$/;
/** The longest key KEY_PATTERN accepts: a longer one is rejected without slicing it out. */
const MAX_KEY_LENGTH = 80;
const TAG_NAME = /^[A-Za-z][A-Za-z0-9-]*$/;
// Tags on header lines that only frame the header.
const FRAME_TAGS = new Set(['SEC-HEADER', 'IMS-HEADER', 'SEC-DOCUMENT', 'IMS-DOCUMENT']);

function scanHeaderLines(text: string, start: number, end: number): HeaderLine[] {
  const lines: HeaderLine[] = [];
  const breaks = new LineBreaks(text, end);
  let i = start;
  while (i < end) {
    const j = breaks.next(i);
    const line = parseHeaderLine(text, i, j);
    if (line) lines.push(line);
    i = j + (text.charCodeAt(j) === 0x0d && text.charCodeAt(j + 1) === 0x0a ? 2 : 1);
  }
  return lines;
}

/**
 * The next "\n" or "\r" before `end`, by native searches. Each kind's last hit
 * is kept: positions only grow, so the header is searched once per kind (one
 * without "\r" costs one search for it, not one per line).
 */
export class LineBreaks {
  private readonly window: string;
  private lf = -1;
  private cr = -1;

  constructor(text: string, end: number) {
    this.window = text.slice(0, end);
  }

  /** Where the line at `from` ends: its first "\n" or "\r", or `end`. */
  next(from: number): number {
    if (this.lf !== Infinity && this.lf < from) this.lf = this.find('\n', from);
    if (this.cr !== Infinity && this.cr < from) this.cr = this.find('\r', from);
    return Math.min(this.lf, this.cr, this.window.length);
  }

  private find(ch: string, from: number): number {
    const at = this.window.indexOf(ch, from);
    return at === -1 ? Infinity : at;
  }
}

function parseHeaderLine(text: string, lineStart: number, lineEnd: number): HeaderLine | undefined {
  let col = 0;
  let p = lineStart;
  for (; p < lineEnd; p++) {
    const c = text.charCodeAt(p);
    if (c === 0x20 || isStray(c)) col++;
    else if (c === 0x09) col = col - (col % 8) + 8;
    else break;
  }
  if (p >= lineEnd) return undefined;

  if (text.charCodeAt(p) === 0x3c /* < */) {
    const gt = text.indexOf('>', p);
    if (gt === -1 || gt >= lineEnd) return undefined;
    const closing = text.charCodeAt(p + 1) === 0x2f /* / */;
    const nameStart = p + (closing ? 2 : 1);
    const name = text.slice(nameStart, gt);
    if (!TAG_NAME.test(name)) return undefined;
    if (closing) return { kind: 'close', name };
    if (FRAME_TAGS.has(name.toUpperCase())) return undefined;
    const [s, e] = trimmedBounds(text, gt + 1, lineEnd);
    return { kind: 'tag', key: name, keyRange: { start: nameStart, end: gt }, value: text.slice(s, e), valueRange: { start: s, end: e } };
  }

  const colon = text.indexOf(':', p);
  if (colon === -1 || colon >= lineEnd) return undefined;
  let keyEnd = colon;
  while (keyEnd > p && isBlank(text.charCodeAt(keyEnd - 1))) keyEnd--;
  if (keyEnd - p > MAX_KEY_LENGTH) return undefined;
  const key = text.slice(p, keyEnd);
  if (!KEY_PATTERN.test(key)) return undefined;
  const [s, e] = trimmedBounds(text, colon + 1, lineEnd);
  return {
    kind: 'field',
    indent: col,
    key,
    keyRange: { start: p, end: keyEnd },
    colonEnd: colon + 1,
    value: text.slice(s, e),
    valueRange: { start: s, end: e },
  };
}

// ------------------------------------------------------------ .nc tags

/** Parses the tags of text[start, end), the header part of an .nc <SUBMISSION>. */
export function parseTaggedHeader(text: string, start: number, end: number, range: Range): SecHeader {
  const tags = scanTags(text, start, end);
  const closed = new Set<string>();
  for (const tag of tags) if (tag.closing) closed.add(upperCaseKey(tag.name));

  const builder = new HeaderBuilder();
  for (const tag of tags) {
    const upper = upperCaseKey(tag.name);
    if (upper === 'SUBMISSION') continue;
    // Tag names are ASCII: upper case first changes nothing normalizeKey does.
    const key = normalizeKey(tag.name);
    if (tag.closing) {
      builder.close(key);
    } else if (tag.value === '' && (closed.has(upper) || KNOWN_GROUPS.has(key))) {
      // A second <FILER> while the first is still open is its sibling.
      builder.close(key);
      builder.openGroup(tag.name, tag.nameRange, tag.nameRange.end + 1, -1, key);
    } else {
      builder.addField(tag.name, tag.nameRange, tag.value, tag.valueRange, key);
    }
  }
  return finishHeader('nc-tags', range, builder);
}

interface Tag {
  closing: boolean;
  name: string;
  nameRange: Range;
  value: string;
  valueRange: Range;
}

/** `<NAME>value` and `</NAME>` tokens; a value runs to the next tag or line break. */
function scanTags(text: string, start: number, end: number): Tag[] {
  const tags: Tag[] = [];
  let p = start;
  while (p < end) {
    const lt = text.indexOf('<', p);
    if (lt === -1 || lt >= end) break;
    const closing = text[lt + 1] === '/';
    const nameStart = lt + (closing ? 2 : 1);
    let q = nameStart;
    while (q < end && isTagNameChar(text.charCodeAt(q))) q++;
    if (q === nameStart || text[q] !== '>') {
      p = lt + 1;
      continue;
    }
    const nameRange = { start: nameStart, end: q };
    const name = text.slice(nameStart, q);
    if (closing) {
      tags.push({ closing, name, nameRange, value: '', valueRange: { start: q + 1, end: q + 1 } });
      p = q + 1;
      continue;
    }
    let v = q + 1;
    while (v < end) {
      const c = text.charCodeAt(v);
      if (c === 0x3c || c === 0x0a || c === 0x0d) break;
      v++;
    }
    const [s, e] = trimmedBounds(text, q + 1, v);
    tags.push({ closing, name, nameRange, value: text.slice(s, e), valueRange: { start: s, end: e } });
    p = v;
  }
  return tags;
}

function isTagNameChar(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x5f;
}

// ------------------------------------------------------------ the tree

/** Where a group's fields (its own and its subgroups') stand in the flat field list. */
interface FieldSpan {
  from: number;
  to: number;
}

interface OpenGroup {
  group: HeaderGroup;
  indent: number;
  key: string;
  span: FieldSpan;
}

/**
 * Groups deeper than this are read as fields of the deepest one: whatever
 * walks the groups (outline, summaries, JSON) stays shallow, and extending the
 * open groups per field stays cheap.
 */
const MAX_GROUP_DEPTH = 16;

/** Collects fields and groups in document order, keeping the open groups on a stack. */
class HeaderBuilder {
  readonly fields: HeaderField[] = [];
  /** normalizeKey of each field's key, by field index. */
  readonly fieldKeys: string[] = [];
  readonly groups: HeaderGroup[] = [];
  /** A group's fields are contiguous in `fields`: a group is never reopened once closed. */
  readonly spans = new Map<HeaderGroup, FieldSpan>();
  private readonly stack: OpenGroup[] = [];
  // The open groups' names, shared by the fields added while they stay open.
  private path: string[] | undefined;

  /** Closes the groups a line at this indentation is not inside of. */
  popToIndent(indent: number): void {
    while (this.stack.length > 0 && this.stack[this.stack.length - 1].indent >= indent) {
      this.stack.pop();
      this.path = undefined;
    }
  }

  /** Closes the innermost open group of that key (normalizeKey of its name) and the groups inside it; ignored when none is open. */
  close(key: string): void {
    for (let k = this.stack.length - 1; k >= 0; k--) {
      if (this.stack[k].key === key) {
        this.stack.length = k;
        this.path = undefined;
        return;
      }
    }
  }

  /** Opens a group; `key` is normalizeKey(name). */
  openGroup(name: string, nameRange: Range, nameEnd: number, indent: number, key: string): void {
    // Real headers nest three or four deep; a malformed one could nest as deep as it has lines.
    if (this.stack.length >= MAX_GROUP_DEPTH) {
      this.addField(name, nameRange, '', { start: nameEnd, end: nameEnd }, key);
      return;
    }
    const group: HeaderGroup = { name, range: { start: nameRange.start, end: nameEnd }, nameRange, fields: [], groups: [] };
    const parent = this.stack[this.stack.length - 1];
    (parent ? parent.group.groups : this.groups).push(group);
    this.extendOpenGroups(nameEnd);
    const span = { from: this.fields.length, to: this.fields.length };
    this.spans.set(group, span);
    this.stack.push({ group, indent, key, span });
    this.path = undefined;
  }

  /** Adds a field; `normalizedKey` is normalizeKey(key). */
  addField(key: string, keyRange: Range, value: string, valueRange: Range, normalizedKey: string): void {
    this.path ??= this.stack.map((g) => g.group.name);
    const field: HeaderField = { key, value, keyRange, valueRange, path: this.path };
    this.fields.push(field);
    this.fieldKeys.push(normalizedKey);
    const parent = this.stack[this.stack.length - 1];
    if (parent) parent.group.fields.push(field);
    this.extendOpenGroups(Math.max(keyRange.end, valueRange.end));
  }

  private extendOpenGroups(end: number): void {
    for (const open of this.stack) {
      if (open.group.range.end < end) open.group.range.end = end;
      open.span.to = this.fields.length;
    }
  }
}

// ------------------------------------------------- convenience values

// Keys as normalized by normalizeKey, both styles.
const SUBMISSION_KEYS = {
  accessionNumber: ['ACCESSION NUMBER'],
  submissionType: ['CONFORMED SUBMISSION TYPE', 'TYPE'],
  periodOfReport: ['CONFORMED PERIOD OF REPORT', 'PERIOD'],
  filedAsOf: ['FILED AS OF DATE', 'FILING DATE'],
  acceptanceDateTime: ['ACCEPTANCE DATETIME'],
};
const ITEM_KEYS = ['ITEM INFORMATION', 'ITEMS'];
const ENTITY_KEYS = {
  cik: ['CENTRAL INDEX KEY', 'CIK'],
  companyName: ['COMPANY CONFORMED NAME', 'CONFORMED NAME'],
  irsNumber: ['IRS NUMBER', 'EIN'],
  stateOfIncorporation: ['STATE OF INCORPORATION'],
  fiscalYearEnd: ['FISCAL YEAR END'],
  fileNumber: ['SEC FILE NUMBER', 'FILE NUMBER'],
};
/** Where the company values are read from, best first. */
const ENTITY_GROUPS = ['FILER', 'SUBJECT COMPANY', 'ISSUER', 'FILED BY', 'REPORTING OWNER'];

/** Every key finishHeader reads a value from. */
const READ_KEYS = new Set([...Object.values(SUBMISSION_KEYS), ...Object.values(ENTITY_KEYS), ITEM_KEYS].flat());

function finishHeader(style: HeaderStyle, range: Range, builder: HeaderBuilder): SecHeader {
  const { fields, groups } = builder;
  const header: SecHeader = { style, range, fields, groups, itemInformation: [] };
  const index = new KeyIndex(builder);
  const all = { from: 0, to: fields.length };
  const submissionField = (keys: string[]) => index.first(keys, all, true) ?? index.first(keys, all, false);

  // Company values come from the first filer only; the whole header is
  // searched only where no group structure was recognised.
  const entity = pickEntityGroup(groups);
  const span = entity && builder.spans.get(entity);
  const companySpan = span && span.to > span.from ? span : all;
  const entityField = (keys: string[]) => index.first(keys, companySpan, false);

  // Only defined values are set, in this order: the header is serialized as it is.
  setDefined(header, 'accessionNumber', located(submissionField(SUBMISSION_KEYS.accessionNumber), accessionNumber));
  setDefined(header, 'submissionType', located(submissionField(SUBMISSION_KEYS.submissionType), nonEmpty));
  setDefined(header, 'periodOfReport', located(submissionField(SUBMISSION_KEYS.periodOfReport), isoDate));
  setDefined(header, 'filedAsOf', located(submissionField(SUBMISSION_KEYS.filedAsOf), isoDate));
  setDefined(header, 'acceptanceDateTime', located(submissionField(SUBMISSION_KEYS.acceptanceDateTime), isoDateTime));
  setDefined(header, 'cik', located(entityField(ENTITY_KEYS.cik), paddedCik));
  setDefined(header, 'companyName', located(entityField(ENTITY_KEYS.companyName), nonEmpty));
  setDefined(header, 'irsNumber', located(entityField(ENTITY_KEYS.irsNumber), nonEmpty));
  setDefined(header, 'stateOfIncorporation', located(entityField(ENTITY_KEYS.stateOfIncorporation), nonEmpty));
  setDefined(header, 'fiscalYearEnd', located(entityField(ENTITY_KEYS.fiscalYearEnd), nonEmpty));
  setDefined(header, 'fileNumber', located(entityField(ENTITY_KEYS.fileNumber), nonEmpty));

  // ITEM INFORMATION lines belong to the submission (top level); elsewhere only as a fallback.
  const itemIndices = index.positions(ITEM_KEYS);
  let itemFields = itemIndices.map((i) => fields[i]).filter((f) => f.path.length === 0);
  if (itemFields.length === 0) itemFields = itemIndices.map((i) => fields[i]);
  header.itemInformation = itemFields.map((f) => ({ value: f.value, raw: collapse(f.value), range: f.valueRange }));
  return header;
}

type LocatedKey = 'accessionNumber' | 'submissionType' | 'periodOfReport' | 'filedAsOf' | 'acceptanceDateTime' |
  'cik' | 'companyName' | 'irsNumber' | 'stateOfIncorporation' | 'fiscalYearEnd' | 'fileNumber';

function setDefined(header: SecHeader, key: LocatedKey, value: Located | undefined): void {
  if (value !== undefined) header[key] = value;
}

/** Where the fields of each key finishHeader reads stand in the field list, ascending. */
class KeyIndex {
  private readonly byKey = new Map<string, number[]>();

  constructor(private readonly builder: HeaderBuilder) {
    const { fieldKeys } = builder;
    for (let i = 0; i < fieldKeys.length; i++) {
      const key = fieldKeys[i];
      if (!READ_KEYS.has(key)) continue;
      const at = this.byKey.get(key);
      if (at) at.push(i);
      else this.byKey.set(key, [i]);
    }
  }

  /** The earliest written of the first fields of these keys within a span (top-level ones only, if asked). */
  first(keys: string[], span: FieldSpan, topLevelOnly: boolean): HeaderField | undefined {
    let best: HeaderField | undefined;
    for (const key of keys) {
      const field = this.firstOfKey(key, span, topLevelOnly);
      if (field && (!best || field.keyRange.start < best.keyRange.start)) best = field;
    }
    return best;
  }

  /** The indices of the fields of any of these keys, ascending. */
  positions(keys: string[]): number[] {
    const out: number[] = [];
    for (const key of keys) out.push(...(this.byKey.get(key) ?? []));
    return keys.length > 1 ? out.sort((a, b) => a - b) : out;
  }

  private firstOfKey(key: string, span: FieldSpan, topLevelOnly: boolean): HeaderField | undefined {
    for (const i of this.byKey.get(key) ?? []) {
      if (i < span.from || (topLevelOnly && this.builder.fields[i].path.length > 0)) continue;
      return i < span.to ? this.builder.fields[i] : undefined;
    }
    return undefined;
  }
}

function pickEntityGroup(groups: HeaderGroup[]): HeaderGroup | undefined {
  let best: HeaderGroup | undefined;
  let bestRank = ENTITY_GROUPS.length;
  for (const group of groups) {
    const rank = ENTITY_GROUPS.indexOf(normalizeKey(group.name));
    if (rank !== -1 && rank < bestRank) {
      best = group;
      bestRank = rank;
    }
  }
  return best ?? groups[0];
}

function located(field: HeaderField | undefined, normalize: (value: string) => string | undefined): Located | undefined {
  if (!field) return undefined;
  const value = normalize(field.value);
  if (value === undefined) return undefined;
  return { value, raw: collapse(field.value), range: field.valueRange };
}

// ------------------------------------------------------- normalizers

const nonEmpty = (v: string) => (v === '' ? undefined : collapse(v));

function paddedCik(v: string): string | undefined {
  return /^\d{1,10}$/.test(v) ? v.padStart(10, '0') : undefined;
}

function accessionNumber(v: string): string | undefined {
  if (v === '') return undefined;
  return /^\d{18}$/.test(v) ? `${v.slice(0, 10)}-${v.slice(10, 12)}-${v.slice(12)}` : v;
}

/** YYYYMMDD (or YYYY-MM-DD) to YYYY-MM-DD; undefined for an impossible date. */
function isoDate(v: string): string | undefined {
  const m = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(v);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return undefined;
  // Date.UTC reads the years 0 to 99 as 1900 to 1999: their months are as long as those years'.
  const days = daysInMonth(year <= 99 ? 1900 + year : year, month);
  return day <= days ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

/** YYYYMMDDhhmmss (EDGAR's Eastern time) to YYYY-MM-DDThh:mm:ss, without a zone. */
function isoDateTime(v: string): string | undefined {
  const m = /^(\d{8})(\d{2})(\d{2})(\d{2})$/.exec(v);
  if (!m) return undefined;
  const date = isoDate(m[1]);
  if (!date || Number(m[2]) > 23 || Number(m[3]) > 59 || Number(m[4]) > 59) return undefined;
  return `${date}T${m[2]}:${m[3]}:${m[4]}`;
}

// ------------------------------------------------------------ helpers

/**
 * `key.toUpperCase()`, without making a new string of a key that upper case
 * leaves as it is (most keys and tag names): ASCII without a-z.
 */
export function upperCaseKey(key: string): string {
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c > 0x7f || (c >= 0x61 && c <= 0x7a)) return key.toUpperCase();
  }
  return key;
}

/** "COMPANY-DATA", "Company Data " and "COMPANY DATA" compare equal. */
export function normalizeKey(key: string): string {
  if (isNormalizedKey(key)) return key;
  return isAsciiKey(key) ? normalizeAsciiKey(key) : plainNormalizeKey(key);
}

/** normalizeKey the plain way, for any key. */
export function plainNormalizeKey(key: string): string {
  return key.toUpperCase().replace(/[-_\s]+/g, ' ').trim();
}

function isAsciiKey(key: string): boolean {
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) > 0x7f) return false;
  return true;
}

/**
 * plainNormalizeKey of an ASCII key: its words (the runs between "-", "_"
 * and ASCII white space, which is the \s of the pattern) upper-cased and
 * joined by one space, none at either end, which is what the trim leaves.
 */
function normalizeAsciiKey(key: string): string {
  let out = '';
  let i = 0;
  while (i < key.length) {
    while (i < key.length && isKeySeparator(key.charCodeAt(i))) i++;
    const word = i;
    while (i < key.length && !isKeySeparator(key.charCodeAt(i))) i++;
    if (i > word) out += (out === '' ? '' : ' ') + key.slice(word, i).toUpperCase();
  }
  return out;
}

function isKeySeparator(c: number): boolean {
  return c === 0x2d || c === 0x5f || c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

/**
 * True for a key normalizeKey leaves as it is, as most header keys are
 * ("CENTRAL INDEX KEY"): printable ASCII without lower-case letters, "-" or
 * "_", its spaces single and inside. Upper-casing changes none of those
 * characters and there is no other white space to collapse or trim.
 */
function isNormalizedKey(key: string): boolean {
  const n = key.length;
  if (n > 0 && (key.charCodeAt(0) === 0x20 || key.charCodeAt(n - 1) === 0x20)) return false;
  for (let i = 0; i < n; i++) {
    const c = key.charCodeAt(i);
    if (c < 0x20 || c > 0x7e || (c >= 0x61 && c <= 0x7a) || c === 0x2d || c === 0x5f) return false;
    if (c === 0x20 && key.charCodeAt(i + 1) === 0x20) return false;
  }
  return true;
}

export function collapse(s: string): string {
  return NEEDS_COLLAPSE.test(s) ? s.replace(/\s+/g, ' ').trim() : s;
}

/**
 * What collapse changes: white space other than a space, a space before more
 * white space, a space at either end. Most header values have none and are
 * returned as they are, without the replace copying them.
 */
const NEEDS_COLLAPSE = /[^\S ]| \s|^ | $/;

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09;
}

/** The bounds of text[from, to) without surrounding blanks (an empty value sits at `to`). */
function trimmedBounds(text: string, from: number, to: number): [number, number] {
  let s = from;
  let e = to;
  while (s < e && isBlank(text.charCodeAt(s))) s++;
  while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
  return [s, e];
}
