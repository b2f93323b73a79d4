/** The server's settings: read leniently from whatever the client sends, never throwing. */
import { DEFAULT_SETTINGS, type EdgarFilingsSettings, type SeverityOverride } from '../protocol';

const SEVERITIES = new Set<SeverityOverride>(['error', 'warning', 'information', 'hint', 'off']);

/** Settings from a raw `edgarFilings` section; anything missing or malformed keeps its default. */
export function parseSettings(raw: unknown): EdgarFilingsSettings {
  const section = isObject(raw) ? raw : {};
  const maxFileSize =
    typeof section.maxFileSize === 'number' && Number.isFinite(section.maxFileSize) && section.maxFileSize > 0
      ? section.maxFileSize
      : DEFAULT_SETTINGS.maxFileSize;
  const severity: Record<string, SeverityOverride> = {};
  const diagnostics = isObject(section.diagnostics) ? section.diagnostics : {};
  if (isObject(diagnostics.severity)) {
    for (const [code, value] of Object.entries(diagnostics.severity)) {
      const v = typeof value === 'string' ? (value.toLowerCase() as SeverityOverride) : undefined;
      if (v && SEVERITIES.has(v)) severity[code] = v;
    }
  }
  return { maxFileSize, diagnostics: { severity } };
}

/** The size limit in UTF-16 code units (the setting is in megabytes; close enough for a limit). */
export function maxFileChars(settings: EdgarFilingsSettings): number {
  return Math.floor(settings.maxFileSize * 1024 * 1024);
}

/** Equal settings, so a configuration change that changes nothing costs nothing. */
export function sameSettings(a: EdgarFilingsSettings, b: EdgarFilingsSettings): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
