import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Risk } from '../../../shared/analysis/types';
import type { OrgFlowNode } from './flow';
import { KindIcon, PlatformMark } from './marks';
import { useRiskText } from '../i18n/analysisText';
import { useFar } from './detail';
import { ellipsize } from '../../../shared/look/box';
import { layoutBox } from './routing';
import { badgeText, riskKey, showInRiskList, useRiskNumbers } from '../analysis/riskNumbers';

/**
 * Room for a zoomed-out node's label (styles.css `.org-node--far`: 200 px less padding, border
 * and the risk dot), kept short of it: the width table is Inter's and the UI font may be wider.
 */
const FAR_LABEL_WIDTH = 150;
const FAR_LABEL_WIDTH_RISK = 124;

/** A label that is the handle already ("@RedCrossLA" and "RedCrossLA") is not shown twice. */
function sameHandle(handle: string, label: string): boolean {
  const bare = (s: string) => s.trim().replace(/^@/, '').toLowerCase();
  return bare(handle) === bare(label);
}

const SEVERITY_RANK = { high: 0, medium: 1, low: 2 } as const;

function worst(risks: readonly Risk[]): Risk['severity'] {
  return risks.reduce<Risk['severity']>((w, r) => (SEVERITY_RANK[r.severity] < SEVERITY_RANK[w] ? r.severity : w), 'low');
}

/**
 * The badge on a node at risk: focusable, with the messages on hover and focus. The tooltip is
 * only in the DOM while shown: big maps carry a badge on hundreds of nodes.
 */
function RiskBadge({ risks, nodeId }: { risks: readonly Risk[]; nodeId: string }) {
  const { t } = useTranslation('ui');
  const riskText = useRiskText();
  const [open, setOpen] = useState(false);
  const numbers = useRiskNumbers();
  const mine = risks.map((r) => numbers.get(riskKey(r))).filter((n): n is number => n !== undefined);
  const tipId = `risk-tip-${nodeId}`;
  const severity = worst(risks);
  const show = () => setOpen(true);
  const hide = () => setOpen(false);
  return (
    <span className="risk-badge-wrap nodrag" onPointerEnter={show} onPointerLeave={hide}>
      <button
        type="button"
        className={`risk-badge risk-badge--${severity}`}
        data-testid="node.risk-badge"
        data-risk-codes={risks.map((r) => r.code).join(',')}
        aria-describedby={open ? tipId : undefined}
        data-risk-numbers={mine.join(',')}
        aria-label={t('node.risks', { count: risks.length })}
        onFocus={show}
        onBlur={hide}
        onKeyDown={(e) => e.key === 'Escape' && hide()}
        // The numbers are those of the risk list: a click goes to the first one there.
        onClick={() => showInRiskList(Math.min(...mine))}
      >
        {mine.length > 0 ? badgeText(mine) : `!${risks.length > 1 ? risks.length : ''}`}
      </button>
      {open && (
        <span role="tooltip" id={tipId} className="risk-tip">
          {risks.map((r, i) => (
            <span key={`${r.code}-${i}`} className={`risk-tip__item risk-tip__item--${r.severity}`}>
              {riskText(r).message}
            </span>
          ))}
        </span>
      )}
    </span>
  );
}

/** The label of a node that has none (only then is the translation looked up). */
function NoLabel() {
  const { t } = useTranslation('ui');
  return <>{t('node.noLabel')}</>;
}

/**
 * A node zoomed out below DETAIL_ZOOM: one box with the kind's colour, the label and the handles
 * (edges attach to them); hub, selection, risk and diff are classes, the risk a painted dot.
 * The label is shortened here rather than clipped by CSS: `overflow: hidden` on thousands of
 * rounded boxes made Chromium re-record their paint in every pan frame (7× bare React Flow's
 * paint time in the benchmark's opening view).
 */
function FarNode({ data, selected }: NodeProps<OrgFlowNode>) {
  const { node, hub, risks, diff } = data;
  // The box is its own label element (`.org-node__label`), one element fewer per node.
  let className = `org-node org-node--far org-node__label org-node--${node.kind}`;
  if (diff) className += ` diff-${diff}`;
  if (hub) className += ' is-hub';
  if (selected) className += ' is-selected';
  if (risks.length) className += ` has-risk risk-dot--${worst(risks)}`;
  return (
    <div
      className={className}
      // As wide as the layout's box, so the handles sit where the layout centred them (routing.ts).
      style={{ width: layoutBox(node, hub).width }}
      data-testid="node"
      data-kind={node.kind}
      data-hub={hub ? 'true' : 'false'}
      {...(diff ? { 'data-diff': diff } : {})}
      {...(risks.length ? { 'data-risk-codes': risks.map((r) => r.code).join(',') } : {})}
    >
      <Handle type="target" position={Position.Top} className="org-handle org-handle--target" />
      {node.label ? ellipsize(node.label, risks.length ? FAR_LABEL_WIDTH_RISK : FAR_LABEL_WIDTH, 14, 'semibold') : <NoLabel />}
      <Handle type="source" position={Position.Bottom} className="org-handle org-handle--source" />
    </div>
  );
}

function OrgNodeViewImpl(props: NodeProps<OrgFlowNode>) {
  return useFar() ? <FarNode {...props} /> : <FullNode {...props} />;
}

function FullNode({ id, data, selected }: NodeProps<OrgFlowNode>) {
  const { t } = useTranslation('ui');
  const { node, hub, spokes, risks, diff } = data;
  const classes = ['org-node', `org-node--${node.kind}`];
  if (diff) classes.push(`diff-${diff}`);
  if (hub) classes.push('is-hub');
  if (selected) classes.push('is-selected');
  if (risks.length) classes.push('has-risk', `risk-outline--${worst(risks)}`);
  return (
    <div
      className={classes.join(' ')}
      // At least as wide as the layout's box, so the handles sit where the layout centred them (routing.ts).
      style={{ minWidth: layoutBox(node, hub).width }}
      data-testid="node"
      data-kind={node.kind}
      data-hub={hub ? 'true' : 'false'}
      {...(diff ? { 'data-diff': diff } : {})}
      title={t(`kind.${node.kind}`)}
    >
      {diff && (
        <span className={`diff-badge diff-badge--${diff}`} data-testid="node.diff">
          {t(`compare.${diff}`)}
        </span>
      )}
      <Handle type="target" position={Position.Top} className="org-handle org-handle--target" />
      <div className="org-node__row">
        {node.kind === 'account' && node.platform ? <PlatformMark platform={node.platform} /> : <KindIcon kind={node.kind} />}
        <span className="org-node__label">{node.label || t('node.noLabel')}</span>
        {hub && (
          <span className="hub-tag" data-testid="node.hub" title={t('inspector.hubNote', { count: spokes })}>
            {t('node.hub')}
          </span>
        )}
      </div>
      {node.kind === 'account' && (
        <div className="org-node__sub">
          <span>{node.platform ? t(`platform.${node.platform}`) : ''}</span>
          {node.handle && !sameHandle(node.handle, node.label) ? <span className="org-node__handle">{node.handle}</span> : null}
        </div>
      )}
      {node.kind !== 'account' && <div className="org-node__sub">{t(`kind.${node.kind}`)}</div>}
      {risks.length > 0 && <RiskBadge risks={risks} nodeId={id} />}
      <Handle type="source" position={Position.Bottom} className="org-handle org-handle--source" />
    </div>
  );
}

/**
 * A node's box shows its id, data and selection only. React Flow also hands it the position, the
 * dragging flag and the z-index, which change in every frame of a drag of that node while React
 * Flow itself moves the node's wrapper: the box is not rendered again for them.
 */
export function sameNodeView(a: NodeProps<OrgFlowNode>, b: NodeProps<OrgFlowNode>): boolean {
  return a.id === b.id && a.data === b.data && a.selected === b.selected;
}

export const OrgNodeView = memo(OrgNodeViewImpl, sameNodeView);
