/**
 * The reference: bare React Flow with `onlyRenderVisibleElements`, the default node type, and the
 * controlled-state pattern of React Flow's own examples (useNodesState / useEdgesState). Same
 * positions and edges as the generated document; the Background and the initial viewport are
 * whatever the harness asks for (it copies them from our editor, so the two are like for like).
 */
import { Background, BackgroundVariant, ReactFlow, ReactFlowProvider, useEdgesState, useNodesState, type Edge, type Node } from '@xyflow/react';
import type { Root } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import type { OrgDocument } from '../../shared/model/types';
import type { BackgroundSpec, Viewport } from './protocol';
import { ViewportControl } from './viewport';

export interface BareProps {
  readonly flow: { readonly nodes: LabelNode[]; readonly edges: Edge[] };
  readonly background: BackgroundSpec | null;
  /** Null: `fitView` on the whole map (zoomed out as far as needed), as our editor opens a file. */
  readonly viewport: Viewport | null;
}

export type LabelNode = Node<{ label: string }>;

export function toFlow(doc: OrgDocument): { nodes: LabelNode[]; edges: Edge[] } {
  const scenario = doc.scenarios[0];
  if (!scenario) return { nodes: [], edges: [] };
  return {
    nodes: scenario.nodes.map((n) => ({ id: n.id, position: { x: n.position.x, y: n.position.y }, data: { label: n.label } })),
    edges: scenario.edges.map((e) => ({ id: e.id, source: e.source, target: e.target })),
  };
}

const VARIANTS = { dots: BackgroundVariant.Dots, lines: BackgroundVariant.Lines, cross: BackgroundVariant.Cross } as const;

export function BareCanvas({ flow, background, viewport }: BareProps) {
  const [nodes, , onNodesChange] = useNodesState(flow.nodes);
  const [edges, , onEdgesChange] = useEdgesState(flow.edges);
  return (
    <div style={{ width: '100%', height: '100%' }}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onlyRenderVisibleElements
        // React Flow's defaults, except where the view is zoomed out further than they allow.
        {...(viewport ? { defaultViewport: viewport, ...(viewport.zoom < 0.5 ? { minZoom: viewport.zoom } : {}) } : { fitView: true, minZoom: 0.01 })}
      >
        {background && <Background variant={VARIANTS[background.variant]} gap={background.gap} size={background.size} />}
        <ViewportControl />
      </ReactFlow>
    </div>
  );
}

export function mountBare(root: Root, doc: OrgDocument, props: Omit<BareProps, 'flow'>): void {
  root.render(
    <ReactFlowProvider>
      <BareCanvas flow={toFlow(doc)} {...props} />
    </ReactFlowProvider>,
  );
}
