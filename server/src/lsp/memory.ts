/**
 * Giving memory back after a large document arrives. Opening a 50 MB file
 * goes through several copies of its text (the message's bytes, the message
 * as a string, the parsed text); the runtime collects them only when it next
 * needs memory, and a language server that waits for the user allocates
 * nothing meanwhile, so the copies would stay resident for as long as the
 * document is open. Once the server has been idle for a moment after such a
 * document, it asks for one full collection.
 */
import * as v8 from 'node:v8';
import * as vm from 'node:vm';

/** Texts above this many characters are worth a collection once they are in. */
export const LARGE_TEXT = 4 * 1024 * 1024;
const IDLE_MS = 750;

let gc: (() => void) | undefined;
let looked = false;

/** The runtime's full garbage collection, made callable once; undefined where it cannot be. */
function fullCollection(): (() => void) | undefined {
  if (!looked) {
    looked = true;
    try {
      if (typeof globalThis.gc === 'function') {
        gc = globalThis.gc as () => void;
      } else {
        v8.setFlagsFromString('--expose-gc');
        gc = vm.runInNewContext('gc') as () => void;
      }
    } catch {
      gc = undefined;
    }
  }
  return gc;
}

export class MemorySettler {
  private timer: NodeJS.Timeout | undefined;

  /** A large text arrived (opened, or replaced whole): collect once the server has been idle a moment. */
  largeTextArrived(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      fullCollection()?.();
    }, IDLE_MS);
    this.timer.unref();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
