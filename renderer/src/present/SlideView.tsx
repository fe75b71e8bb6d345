import { useMemo, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comparison } from '../../../shared/compare';
import { fill, type Deck, type DeckRisk, type RisksSlide, type Slide, type SummarySide } from '../../../shared/deck';
import type { OrgDocument } from '../../../shared/model/types';
import { compareMarks } from '../compare/compareMarks';
import { riskTableLook } from './plan';
import { ScenarioFlow, type FrameSpec, type ViewControls } from '../compare/ScenarioFlow';

interface SlideViewProps {
  readonly deck: Deck;
  readonly slide: Slide;
  /** On a path slide: how many steps have unfolded (0: the whole path). */
  readonly build: number;
  readonly document: OrgDocument;
  /** The slide's from → to, for changes, path and step slides. */
  readonly comparison: Comparison | null;
  /** The nodes the map singles out; null: none dimmed. */
  readonly focus: ReadonlySet<string> | null;
  /** What the map frames (plan.ts frameOf). */
  readonly frame: FrameSpec | undefined;
  readonly controlsRef: RefObject<ViewControls | null>;
}

/** One slide of the deck, drawn for the screen: text from the deck, maps as the live canvas. */
export function SlideView({ deck, slide, build, document, comparison, focus, frame, controlsRef }: SlideViewProps) {
  const { t } = useTranslation('ui');
  const scenario = document.scenarios.find((s) => s.id === slide.scenario);
  const marks = useMemo(() => (comparison ? compareMarks(comparison, 'to') : undefined), [comparison]);
  const map =
    scenario && (slide.kind === 'map' || slide.kind === 'changes' || slide.kind === 'path' || slide.kind === 'step') ? (
      <div className="present__map">
        <ScenarioFlow
          // One canvas per scenario: from slide to slide of the same map it moves instead of reloading.
          key={scenario.id}
          scenario={scenario}
          marks={marks}
          ghostsOf={comparison ?? undefined}
          highlight={focus}
          frame={frame}
          fitKey={`${slide.index}:${build}`}
          label={slide.title}
          testId="present.map"
          badges={slide.badges}
          controlsRef={controlsRef}
        />
      </div>
    ) : null;

  let body: ReactNode;
  switch (slide.kind) {
    case 'title':
      body = (
        <div className="present__title-slide">
          <h1>{slide.documentTitle || t('app.untitled')}</h1>
          <p className="present__subtitle">{slide.scenarioNames.join(' → ')}</p>
          {slide.date && <p className="present__date">{slide.date}</p>}
        </div>
      );
      break;
    case 'map':
      body = (
        <div className="present__split">
          {map}
          <aside className="present__side">
            <h1>{slide.title}</h1>
            <p className="present__model" data-testid="present.model" data-model={slide.verdict.model}>
              {slide.verdict.modelName}
            </p>
            <p className="present__muted">
              {deck.words.model} · {slide.verdict.confidenceText} {deck.words.confidence}
            </p>
            {slide.topReasons.length > 0 && (
              <>
                <h2>{deck.words.why}</h2>
                <ul>
                  {slide.topReasons.map((r, i) => (
                    <li key={i}>{r}</li>
                  ))}
                </ul>
              </>
            )}
            <p className="present__muted">{fill(deck.words.riskCounts, slide.riskCounts)}</p>
            {slide.splitNote && <p className="present__muted">{slide.splitNote}</p>}
          </aside>
        </div>
      );
      break;
    case 'risks':
      body = (
        <div className="present__page">
          <h1>{slide.title}</h1>
          <p className="present__subtitle">{slide.subtitle}</p>
          {slide.risks.length === 0 ? (
            <p>{deck.words.noRisks}</p>
          ) : (
            <RiskTable slide={slide} />
          )}
          {slide.more && <p className="present__muted">{slide.more}</p>}
        </div>
      );
      break;
    case 'changes':
      body = (
        <div className="present__split">
          {map}
          <aside className="present__side">
            <h1>{slide.title}</h1>
            <p className="present__subtitle">{slide.counts}</p>
            <ul className="present__legend">
              {slide.legend.map((item) => (
                <li key={item.mark}>
                  <span className={`present__swatch present__swatch--${item.mark}`} aria-hidden="true" />
                  {item.text}
                </li>
              ))}
            </ul>
          </aside>
        </div>
      );
      break;
    case 'path':
      body = (
        <div className="present__split">
          {map}
          <aside className="present__side">
            <h1>{slide.title}</h1>
            <p className="present__subtitle">{slide.subtitle}</p>
            {slide.empty ? (
              <p>{slide.empty}</p>
            ) : (
              <ol className="present__steps" start={slide.steps[0]?.number ?? 1}>
                {slide.steps.map((s, i) => (
                  <li
                    key={s.number}
                    data-testid="present.step"
                    className={build === i + 1 ? 'is-current' : build > i + 1 ? 'is-done' : ''}
                    {...(build === i + 1 ? { 'aria-current': 'step' as const } : {})}
                  >
                    <span className="present__phase">{s.phaseName}</span> {s.text}
                  </li>
                ))}
              </ol>
            )}
          </aside>
        </div>
      );
      break;
    case 'step':
      body = (
        <div className="present__split">
          {map}
          <aside className="present__side">
            <h1>{slide.title}</h1>
            <p className="present__subtitle">{slide.step.text}</p>
            <p className="present__muted">
              {slide.step.number} / {slide.total}
            </p>
          </aside>
        </div>
      );
      break;
    case 'summary':
      body = (
        <div className="present__page">
          <h1>{slide.title}</h1>
          <p className="present__subtitle">{slide.subtitle}</p>
          <div className="present__columns">
            <Side heading={slide.headings.before} side={slide.before} deck={deck} />
            {slide.after && <Side heading={slide.headings.after} side={slide.after} deck={deck} />}
          </div>
          {slide.after && (
            <div className="present__columns">
              <RiskList heading={slide.headings.resolved} risks={slide.resolved} none={deck.words.noneResolved} />
              <RiskList heading={slide.headings.introduced} risks={slide.introduced} none={deck.words.noneIntroduced} />
            </div>
          )}
          {slide.nextSteps.length > 0 && (
            <>
              <h2>{slide.headings.next}</h2>
              <ul>
                {slide.nextSteps.map((s, i) => (
                  <li key={i}>{s}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      );
      break;
  }
  return (
    <section className={`present__slide present__slide--${slide.kind}`} data-testid="present.slide" data-kind={slide.kind} data-index={slide.index} data-build={build} aria-roledescription="slide" aria-label={slide.title}>
      {body}
    </section>
  );
}

/** The risk table, its type scaled to how many rows it has (plan.ts riskTableLook). */
function RiskTable({ slide }: { slide: RisksSlide }) {
  const look = riskTableLook(slide.risks.length);
  return (
    <div className={`present__risks-room${look.centred ? ' is-centred' : ''}`}>
      <table className="present__risks" data-testid="present.risks" style={{ fontSize: `${look.fontPx}px` }}>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{slide.columns.severity}</th>
            <th scope="col">{slide.columns.what}</th>
            <th scope="col">{slide.columns.advice}</th>
            <th scope="col">{slide.columns.nodes}</th>
          </tr>
        </thead>
        <tbody>
          {slide.risks.map((r) => (
            <RiskRow key={r.number} risk={r} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function RiskRow({ risk }: { risk: DeckRisk }) {
  return (
    <tr>
      <td className="present__number">{risk.number}</td>
      <td>
        <span className={`present__chip present__chip--${risk.severity}`}>{risk.severityName}</span>
      </td>
      <td>
        <strong>{risk.title}</strong> {risk.message}
      </td>
      <td>{risk.advice}</td>
      <td>{risk.nodeLabels.join(', ')}</td>
    </tr>
  );
}

function Side({ heading, side, deck }: { heading: string; side: SummarySide; deck: Deck }) {
  return (
    <div className="present__card">
      <h2>
        {heading}: {side.name}
      </h2>
      <p className="present__model">{side.verdict.modelName}</p>
      <p className="present__muted">
        {side.verdict.confidenceText} {deck.words.confidence} · {fill(deck.words.riskCounts, side.riskCounts)}
      </p>
    </div>
  );
}

function RiskList({ heading, risks, none }: { heading: string; risks: readonly DeckRisk[]; none: string }) {
  return (
    <div className="present__card">
      <h2>{heading}</h2>
      {risks.length === 0 ? (
        <p>{none}</p>
      ) : (
        <ul>
          {risks.map((r) => (
            <li key={`${r.number}-${r.code}`}>
              <span className={`present__chip present__chip--${r.severity}`}>{r.severityName}</span> {r.title}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
