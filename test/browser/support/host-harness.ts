/**
 * Browser-side page script for host tests: exposes `window.sandboxHost` so a test can mount a
 * Custom UI resource with the real host frame and see what reached its callbacks.
 */
import { mountCustomUi, type ColorMode, type MountedCustomUi, type MountOptions } from '../../../sandbox/host/host-frame';

export interface HarnessEvent {
  readonly type: 'submit' | 'close';
  readonly payload: unknown;
}

export type HarnessMountOptions = Omit<MountOptions, 'onSubmit' | 'onClose' | 'onRefresh'>;

export interface SandboxHostHarness {
  /** Mounts (replacing what was mounted); `callbacks: false` leaves out onSubmit/onClose. */
  mount(options: HarnessMountOptions, callbacks?: boolean): void;
  /** Mounts one more app on the page beside the first (gone at the next `mount`). */
  mountAlso(options: HarnessMountOptions): void;
  configure(): Promise<string | undefined>;
  setTheme(theme: ColorMode): void;
  readonly events: HarnessEvent[];
}

const events: HarnessEvent[] = [];
let mounted: MountedCustomUi | undefined;
const alongside: MountedCustomUi[] = [];

function current(): MountedCustomUi {
  if (!mounted) throw new Error('Nothing is mounted.');
  return mounted;
}

const harness: SandboxHostHarness = {
  mount(options, callbacks = true) {
    mounted?.destroy();
    alongside.splice(0).forEach((m) => m.destroy());
    const container = document.getElementById('host') ?? document.body;
    mounted = mountCustomUi(
      container,
      callbacks
        ? {
            ...options,
            onSubmit: (payload) => void events.push({ type: 'submit', payload }),
            onClose: (payload) => void events.push({ type: 'close', payload }),
          }
        : options,
    );
  },
  mountAlso(options) {
    alongside.push(mountCustomUi(document.getElementById('host') ?? document.body, options));
  },
  configure: () => current().configure(),
  setTheme: (theme) => current().setTheme(theme),
  events,
};

(window as unknown as { sandboxHost: SandboxHostHarness }).sandboxHost = harness;
