import type { FullScreen } from './types';

/**
 * Full screen through the HTML Fullscreen API. The browser adapter uses it as is; the desktop
 * adapter too, because Electron turns the window itself full screen (and back) when the page asks
 * this way, with no message to the main process. Never throws: a refusal (no user gesture, an
 * iframe without permission) leaves the app as it was and answers false.
 */
export function documentFullScreen(doc: Document | null): FullScreen {
  return {
    async enter(element) {
      if (!doc || typeof element.requestFullscreen !== 'function') return false;
      if (doc.fullscreenElement === element) return true;
      try {
        await element.requestFullscreen({ navigationUI: 'hide' });
        return true;
      } catch {
        return false;
      }
    },
    async exit() {
      if (!doc?.fullscreenElement || typeof doc.exitFullscreen !== 'function') return;
      try {
        await doc.exitFullscreen();
      } catch {
        // Already left (Esc pressed in the browser's own full screen): nothing to undo.
      }
    },
    isOn: () => doc?.fullscreenElement != null,
    onChange(callback) {
      if (!doc) return () => undefined;
      const listener = () => callback(doc.fullscreenElement != null);
      doc.addEventListener('fullscreenchange', listener);
      return () => doc.removeEventListener('fullscreenchange', listener);
    },
  };
}
