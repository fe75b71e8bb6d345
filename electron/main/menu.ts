/**
 * The native menu. Items that are app commands only send the command id to the focused window's
 * renderer, whose command registry decides what happens (and whether it is enabled); editing and
 * window items use Electron's roles. Labels are English until the files issue feeds them from the
 * same registry and catalogs as the UI.
 */
import type { Menu, MenuItemConstructorOptions, WebContents } from 'electron';
import { EVENT_CHANNELS, type MenuCommandId } from '../../shared/ipc';

export interface MenuOptions {
  readonly platform: string;
  readonly appName: string;
  /** Development builds get Reload and the developer tools; packaged builds do not. */
  readonly dev: boolean;
  readonly send: (commandId: MenuCommandId) => void;
}

/** The menu as data (a pure function of its options, so tests can walk it). */
export function buildMenuTemplate({ platform, appName, dev, send }: MenuOptions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const command = (label: string, id: MenuCommandId, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    id,
    ...(accelerator ? { accelerator } : {}),
    click: () => send(id),
  });

  const appMenu: MenuItemConstructorOptions[] = mac
    ? [
        {
          label: appName,
          submenu: [
            { role: 'about' },
            { type: 'separator' },
            { role: 'services' },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' },
          ],
        },
      ]
    : [];

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      command('New', 'file.new', 'CmdOrCtrl+N'),
      command('Open…', 'file.open', 'CmdOrCtrl+O'),
      { type: 'separator' },
      command('Save', 'file.save', 'CmdOrCtrl+S'),
      command('Save As…', 'file.saveAs', 'CmdOrCtrl+Shift+S'),
      { type: 'separator' },
      mac ? { role: 'close' } : { role: 'quit' },
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'delete' },
      { type: 'separator' },
      { role: 'selectAll' },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      command('Fit Map to Window', 'view.fitView'),
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(dev ? ([{ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' }] satisfies MenuItemConstructorOptions[]) : []),
    ],
  };

  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: '&Help',
    submenu: [
      command('Keyboard Shortcuts', 'help.shortcuts'),
      command('The Five Models', 'help.modelGuide'),
      ...(mac ? [] : ([{ type: 'separator' }, command(`About ${appName}`, 'help.about')] satisfies MenuItemConstructorOptions[])),
    ],
  };

  return [...appMenu, file, edit, view, help];
}

/** Sends a command to the window that has focus (or the first one); never to anything else. */
export function sendMenuCommand(target: Pick<WebContents, 'send' | 'isDestroyed'> | null, commandId: MenuCommandId): boolean {
  if (!target || target.isDestroyed()) return false;
  target.send(EVENT_CHANNELS.menuCommand, commandId);
  return true;
}

export interface MenuDeps {
  readonly Menu: Pick<typeof Menu, 'buildFromTemplate' | 'setApplicationMenu'>;
  readonly platform: string;
  readonly appName: string;
  readonly dev: boolean;
  /** Our window that should receive commands: the focused one, else the main one. */
  readonly target: () => { readonly webContents: Pick<WebContents, 'send' | 'isDestroyed'> } | null;
}

export function setupMenu({ Menu, platform, appName, dev, target }: MenuDeps): void {
  const template = buildMenuTemplate({
    platform,
    appName,
    dev,
    send: (id) => {
      sendMenuCommand(target()?.webContents ?? null, id);
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
