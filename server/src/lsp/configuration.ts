/**
 * The settings in force. Pulled with workspace/configuration when the client
 * offers it, otherwise taken from didChangeConfiguration's payload or the
 * initialization options. Each change bumps `generation`, which is part of
 * every diagnostics resultId, so a severity change re-reports everything.
 */
import type { Connection } from 'vscode-languageserver/node';
import { DEFAULT_SETTINGS, SETTINGS_SECTION, type EdgarFilingsSettings } from '../protocol';
import { parseSettings, sameSettings } from './settings';

export class SettingsStore {
  private settings: EdgarFilingsSettings = DEFAULT_SETTINGS;
  private gen = 0;

  constructor(
    private readonly connection: Connection,
    private readonly canPull: () => boolean,
  ) {}

  get current(): EdgarFilingsSettings {
    return this.settings;
  }

  get generation(): number {
    return this.gen;
  }

  /** Settings from initializationOptions.settings, before the client can be asked. */
  seed(initializationOptions: unknown): void {
    const options = initializationOptions as { settings?: unknown } | null | undefined;
    if (options && typeof options === 'object' && options.settings) this.settings = parseSettings(options.settings);
  }

  /**
   * Reads the settings again; `pushed` is a didChangeConfiguration payload.
   * Resolves true when something changed.
   */
  async refresh(pushed?: unknown): Promise<boolean> {
    let next: EdgarFilingsSettings | undefined;
    if (this.canPull()) {
      next = parseSettings(await this.connection.workspace.getConfiguration({ section: SETTINGS_SECTION }));
    } else if (pushed && typeof pushed === 'object' && SETTINGS_SECTION in pushed) {
      next = parseSettings((pushed as Record<string, unknown>)[SETTINGS_SECTION]);
    }
    if (!next || sameSettings(next, this.settings)) return false;
    this.settings = next;
    this.gen += 1;
    return true;
  }
}
