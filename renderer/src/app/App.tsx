import { ReactFlowProvider, useReactFlow, type ReactFlowInstance } from '@xyflow/react';
import { useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import type { OpenResult } from '../../../shared/ipc';
import type { AppState } from '../store/types';
import { emptyDocument, LIMITS, parseDocument, serializeDocument } from '../../../shared/model';
import { freshScenarioName } from '../store/scenarios';
import { Canvas } from '../canvas/Canvas';
import type { OrgFlowEdge, OrgFlowNode } from '../canvas/flow';
import { Legend } from '../canvas/Legend';
import { Palette } from '../canvas/Palette';
import { AnalysisPanel } from '../analysis/AnalysisPanel';
import { Inspector } from '../inspector/Inspector';
import { RiskList } from '../analysis/RiskList';
import type { Platform } from '../platform';
import { parsedDocumentOf } from '../platform/mapReader';
import type { AppStore } from '../store';
import { selectDialog, selectDirty, selectFileName, selectLanguage } from '../store/selectors';
import { switchLanguage } from '../i18n';
import { AccountDialog } from '../canvas/AccountDialog';
import { commandForEvent, runCommand, type AppActions, type CommandContext } from '../commands/commands';
import { MenuSync } from '../commands/MenuSync';
import { ConnectDialog } from '../canvas/ConnectDialog';
import { copyAsImage } from '../export/copy';
import { confirmDiscard, discardQuestion, registerDiscardSaver } from '../document/confirmDiscard';
import { ConfirmDiscardDialog } from '../document/ConfirmDiscardDialog';
import { ServicesContext, useAppStore, useServices } from '../ui/context';
import { HelpDialog, ModelGuideDialog } from '../help/HelpDialog';
import { AboutDialog } from '../help/AboutDialog';
import { SettingsDialog } from '../settings/SettingsDialog';
import { WelcomeDialog } from '../help/Welcome';
import { SettingsSync } from '../settings/SettingsSync';
import { HintToast } from '../ui/HintToast';
import { RestoreDialog } from '../recovery/RestoreDialog';
import { ScenarioTabs } from '../scenarios/ScenarioTabs';
import { Toolbar } from './Toolbar';
import { ContextMenu } from '../canvas/ContextMenu';
import { RecentDialog } from '../document/RecentDialog';
import { useRecovery, type RecoveryControl } from '../recovery/useRecovery';
import { useKeyboardNavigation } from '../navigation/useKeyboardNavigation';
import { ComparePanel, ExportDialog, FindDialog, ImportDialog, Presentation, SideBySide } from './lazy';
import { flowSlot, type FlowSlot } from './stableFlow';

const selectComparing = (s: AppState) => s.compare !== null;
const selectSideBySide = (s: AppState) => s.compare?.sideBySide === true;

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['button', 'checkbox', 'radio', 'range', 'file', 'color', 'submit', 'reset'].includes(target.type);
}

/** A file name for a download: the title made safe, or "map". */
function suggestedName(title: string, fileName: string | null): string {
  if (fileName) return fileName.endsWith('.orgmap') ? fileName : `${fileName}.orgmap`;
  const safe = [...title].map((c) => (c.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(c) ? ' ' : c)).join('');
  const base = safe.replace(/\s+/g, ' ').slice(0, 80).trim();
  return `${base || 'map'}.orgmap`;
}

type OrgFlow = ReactFlowInstance<OrgFlowNode, OrgFlowEdge>;

/**
 * Hands React Flow's instance to the shell without the shell subscribing to it: `useReactFlow()`
 * renders its caller again when the pan-zoom becomes ready, and in the shell that was the whole app
 * (issue 17). This child renders nothing, so only it renders then.
 */
function FlowBridge({ slot }: { slot: FlowSlot<OrgFlow> }) {
  const flow = useReactFlow<OrgFlowNode, OrgFlowEdge>();
  useLayoutEffect(() => slot.set(flow), [slot, flow]);
  return null;
}

function useCommandContext(recovery: RecoveryControl, flow: OrgFlow): CommandContext {
  const { t } = useTranslation('ui');
  const { store, platform } = useServices();

  const handleOpened = useCallback(
    (result: OpenResult) => {
      if (result.canceled) return;
      // A refused file changes nothing: not the document, not where Save writes.
      if ('error' in result) {
        store.getState().showHint('openFailed', { message: result.error }, 'error');
        return;
      }
      // Parsed and validated already where the platform did it off the main thread (the web build's open worker).
      const known = parsedDocumentOf(result);
      const parsed = known ? ({ ok: true, document: known } as const) : parseDocument(result.text, result.name);
      if (!parsed.ok) {
        store.getState().showHint('openFailed', { message: parsed.error.message }, 'error');
        return;
      }
      void confirmDiscard(store, t('dialog.discardOpen', { file: result.name })).then((ok) => {
        if (!ok) return;
        store.getState().loadDocument(parsed.document, result.name);
        platform.adoptDocument(result);
        store.getState().showHint('opened', { file: result.name });
      });
    },
    [store, platform, t],
  );

  useEffect(() => platform.onDocumentOpened(handleOpened), [platform, handleOpened]);

  /** Saves (or downloads) the map; true when it was written. */
  const save = useCallback(
    async (saveAs: boolean): Promise<boolean> => {
      const { document, fileName } = store.getState();
      const text = serializeDocument(document);
      const recoveryId = recovery.draftId();
      const r = await platform.saveDocument({ text, suggestedName: suggestedName(document.title, fileName), saveAs, ...(recoveryId ? { recoveryId } : {}) });
      if (r.canceled) return false;
      if ('error' in r) {
        store.getState().showHint('saveFailed', { message: r.error }, 'error');
        return false;
      }
      // Only if nothing changed while the save was in flight.
      if (store.getState().document === document) store.getState().markSaved(r.name);
      store.getState().showHint('saved', { file: r.name });
      return true;
    },
    [store, platform, recovery],
  );
  // The unsaved-changes dialog's Save button saves the same way.
  useEffect(() => registerDiscardSaver(() => save(false)), [save]);

  const actions: AppActions = useMemo(
    () => ({
      newDocument() {
        void confirmDiscard(store, t('commands:file.new')).then((ok) => {
          if (!ok) return;
          store.getState().loadDocument(emptyDocument('', t('app.current')), null);
          platform.adoptDocument(null);
        });
      },
      openDocument() {
        void platform.openDocument().then(handleOpened);
      },
      saveDocument(saveAs = false) {
        void save(saveAs);
      },
      showAbout() {
        // The shell's own About box where it has one (desktop); else ours.
        if (platform.showAbout) platform.showAbout();
        else store.getState().openDialog({ type: 'about' });
      },
      openDroppedFile(file: File) {
        void platform.openDroppedFile(file).then(handleOpened);
      },
      copyImage() {
        void copyAsImage(store, platform, t);
      },
      addScenario() {
        const state = store.getState();
        const id = state.addScenario(freshScenarioName(state.document, t('scenario.base')));
        if (id) state.startRenameScenario(id);
        else state.showHint('scenarioLimit', { max: LIMITS.scenariosMax }, 'error');
      },
      duplicateScenario() {
        const id = store.getState().duplicateScenario(undefined, { target: t('scenario.target'), copy: (name) => t('scenario.copy', { name }) });
        if (!id) store.getState().showHint('scenarioLimit', { max: LIMITS.scenariosMax }, 'error');
      },
      deleteScenario() {
        const state = store.getState();
        const scenario = state.document.scenarios.find((s) => s.id === state.scenarioId);
        if (!scenario || state.document.scenarios.length <= LIMITS.scenariosMin) return;
        if (window.confirm(t('scenario.confirmDelete', { name: scenario.name }))) state.deleteScenario(scenario.id);
      },
    }),
    [store, platform, handleOpened, save, t],
  );

  return useMemo(() => ({ store, platform, flow, actions }), [store, platform, flow, actions]);
}

/** Keeps the window title (file name, unsaved changes) in step with the store. */
function TitleSync() {
  const { platform } = useServices();
  const fileName = useAppStore(selectFileName);
  const dirty = useAppStore(selectDirty);
  useEffect(() => platform.setTitle({ fileName, dirty }), [platform, fileName, dirty]);
  return null;
}

function Shell() {
  const { t } = useTranslation('ui');
  const { store, platform } = useServices();
  const recovery = useRecovery(store, platform);
  const [flowHolder] = useState(() => flowSlot<OrgFlow>());
  const ctx = useCommandContext(recovery, flowHolder.flow);
  useKeyboardNavigation(store, ctx.flow);
  const dialog = useAppStore(selectDialog);
  const comparing = useAppStore(selectComparing);
  const sideBySide = useAppStore(selectSideBySide);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      if (store.getState().dialog || discardQuestion()) return; // the dialog has the keyboard
      const command = commandForEvent(event, platform.isMac, isTextField(event.target));
      if (!command || !command.enabled(store.getState(), ctx)) return;
      event.preventDefault();
      command.run(ctx);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store, platform, ctx]);

  useEffect(() => platform.onMenuCommand((id) => void runCommand(id, ctx)), [platform, ctx]);
  useEffect(() => platform.onSaveRequest(() => ctx.actions.saveDocument(false)), [platform, ctx]);

  return (
    <div
      className="app"
      data-testid="app"
      onDragOver={(e) => {
        if (e.dataTransfer.types.includes('Files')) e.preventDefault();
      }}
      onDrop={(e) => {
        const file = e.dataTransfer.files[0];
        if (!file) return;
        e.preventDefault();
        ctx.actions.openDroppedFile(file);
      }}
    >
      <FlowBridge slot={flowHolder} />
      <MenuSync ctx={ctx} />
      <a className="skip-link" href="#canvas-region">
        {t('app.skip')}
      </a>
      <TitleSync />
      <Toolbar ctx={ctx} />
      <div className="workspace">
        <aside className="sidebar sidebar--left">
          <Palette />
          <Legend />
        </aside>
        <main className="canvas-region" id="canvas-region" tabIndex={-1}>
          <ScenarioTabs ctx={ctx} />
          <div className="canvas-host">
            <Canvas />
            {sideBySide && <SideBySide />}
            <HintToast />
          </div>
        </main>
        <aside className="sidebar sidebar--right">
          {comparing && <ComparePanel />}
          <Inspector />
          <AnalysisPanel />
          <RiskList />
        </aside>
      </div>
      {dialog?.type === 'account' && <AccountDialog position={dialog.position} />}
      {dialog?.type === 'connect' && <ConnectDialog source={dialog.source} />}
      {dialog?.type === 'help' && <HelpDialog />}
      {dialog?.type === 'restore' && <RestoreDialog offer={dialog.offer} control={recovery} />}
      {dialog?.type === 'export' && <ExportDialog />}
      {dialog?.type === 'import' && <ImportDialog />}
      {dialog?.type === 'settings' && <SettingsDialog />}
      {dialog?.type === 'about' && <AboutDialog />}
      {dialog?.type === 'modelGuide' && <ModelGuideDialog />}
      {dialog?.type === 'welcome' && <WelcomeDialog ctx={ctx} />}
      {dialog?.type === 'present' && <Presentation />}
      {dialog?.type === 'find' && <FindDialog />}
      {dialog?.type === 'contextMenu' && <ContextMenu ctx={ctx} request={dialog} />}
      {dialog?.type === 'recent' && <RecentDialog />}
      <ConfirmDiscardDialog />
    </div>
  );
}

/** Keeps i18next, <html lang> and the store's language in step. */
function LanguageSync({ i18n }: { i18n: I18n }) {
  const { platform } = useServices();
  const language = useAppStore(selectLanguage);
  useEffect(() => {
    void switchLanguage(i18n, language);
    document.documentElement.lang = language;
    platform.setLanguage(language);
  }, [i18n, language, platform]);
  return null;
}

export function App({ store, platform, i18n }: { store: AppStore; platform: Platform; i18n: I18n }) {
  const services = useMemo(() => ({ store, platform }), [store, platform]);
  return (
    <ServicesContext.Provider value={services}>
      <I18nextProvider i18n={i18n}>
        <LanguageSync i18n={i18n} />
        <SettingsSync />
        <ReactFlowProvider>
          <Shell />
        </ReactFlowProvider>
      </I18nextProvider>
    </ServicesContext.Provider>
  );
}
