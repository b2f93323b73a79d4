/**
 * The names package.json contributes and the code uses: commands, views,
 * context keys, settings. A unit test keeps the two in step.
 */
export const COMMANDS = {
  goToItem: 'edgarFilings.goToItem',
  nextItem: 'edgarFilings.nextItem',
  previousItem: 'edgarFilings.previousItem',
  showSummary: 'edgarFilings.showSummary',
  openOnEdgar: 'edgarFilings.openOnEdgar',
  copyCoverJson: 'edgarFilings.copyCoverJson',
  insertItemHeading: 'edgarFilings.insertItemHeading',
  treatAsFiling: 'edgarFilings.treatAsFiling',
  restartServer: 'edgarFilings.restartServer',
  showOutput: 'edgarFilings.showOutput',
  /** Internal: what a click in the Filing Structure view runs, with (uri, LSP range). */
  revealRange: 'edgarFilings.revealRange',
} as const;

export const VIEWS = {
  structure: 'edgarFilings.structure',
} as const;

/** The webview panel's view type. */
export const SUMMARY_PANEL_TYPE = 'edgarFilings.summary';

export const CONTEXT_KEYS = {
  /** The active document is a filing: menus and keybindings depend on it. */
  activeIsFiling: 'edgarFilings.activeIsFiling',
  /** A filing was seen in this window: the Filing Structure view shows from then on. */
  filingSeen: 'edgarFilings.filingSeen',
} as const;

/** Settings of the client itself, under `edgarFilings.` (the server's are in server/src/protocol.ts). */
export const CLIENT_SETTINGS = {
  detectFullSubmissions: 'detectFullSubmissions',
  followCursor: 'structureView.followCursor',
} as const;
