import { ReactFlowProvider, useReactFlow, type ReactFlowInstance } from '@xyflow/react';
import { useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import type { AppState } from '../store/types';
import { LIMITS } from '../../../shared/model';
import { freshScenarioName } from '../../../shared/model/edits';
import { Canvas } from '../canvas/Canvas';
import type { OrgFlowEdge, OrgFlowNode } from '../canvas/flow';
import { Legend } from '../canvas/Legend';
import { Palette } from '../canvas/Palette';
import { AnalysisPanel } from '../analysis/AnalysisPanel';
import { Inspector } from '../inspector/Inspector';
import { RiskList } from '../analysis/RiskList';
import type { Platform } from '../platform';
import type { AppStore } from '../store';
import { selectDialog } from '../store/selectors';
import { AccountDialog } from '../canvas/AccountDialog';
import { commandForEvent, runCommand, type AppActions, type CommandContext } from '../commands/commands';
import { MenuSync } from '../commands/MenuSync';
import { ConnectDialog } from '../canvas/ConnectDialog';
import { copyAsImage } from '../export/copy';
import { discardQuestion } from '../document/confirmDiscard';
import { TitleSync } from '../document/TitleSync';
import { useDocumentActions } from '../document/useDocumentActions';
import { ConfirmDiscardDialog } from '../document/ConfirmDiscardDialog';
import { ServicesContext, useAppStore, useServices } from '../ui/context';
import { HelpDialog, ModelGuideDialog } from '../help/HelpDialog';
import { AboutDialog } from '../help/AboutDialog';
import { SettingsDialog } from '../settings/SettingsDialog';
import { WelcomeDialog } from '../help/Welcome';
import { SettingsSync } from '../settings/SettingsSync';
import { LanguageSync } from '../settings/LanguageSync';
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

  const documents = useDocumentActions(recovery);

  const actions: AppActions = useMemo(
    () => ({
      ...documents,
      showAbout() {
        // The shell's own About box where it has one (desktop); else ours.
        if (platform.showAbout) platform.showAbout();
        else store.getState().openDialog({ type: 'about' });
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
    [documents, store, platform, t],
  );

  return useMemo(() => ({ store, platform, flow, actions }), [store, platform, flow, actions]);
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
