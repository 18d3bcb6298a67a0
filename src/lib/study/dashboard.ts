// Per-domain numbers for the progress page: which pages serve each exam domain, which are studied,
// how the self-checks went, which pages are weak, how many flashcards are due, and one weighted
// readiness figure. A self-check answer counts toward the domain of its question's objective, not
// toward every domain its page serves. Pure (no DOM, no storage); ships to the browser on /progress/ only.
import type { ExamDomain } from '../exam/blueprint.ts';
import { domainOf } from '../exam/objective-ids.ts';
import { pageScore, studiedAt, type Progress } from './progress.ts';

/** A self-check score below this share (once answered) marks a page as weak. */
export const WEAK_BELOW = 0.7;

/** What the page knows about a topic at build time. */
export interface PageInput {
  readonly slug: string;
  readonly title: string;
  /** Task statements the page serves, e.g. ["1.3", "4.1"]; the domain is the number before the dot. */
  readonly examTasks: readonly string[];
  /** Its self-check questions with their objectives ("1.2.5"); empty when the page has no quiz yet. */
  readonly questions: readonly { readonly id: string; readonly objective: string }[];
  /** Ids of the flashcards (glossary terms) the page explains. */
  readonly cardIds: readonly string[];
}

export type WeakReason = 'not-studied' | 'low-score';

export interface PageStatus {
  readonly slug: string;
  readonly title: string;
  readonly studiedAt: number | undefined;
  readonly questions: number;
  readonly answered: number;
  readonly correct: number;
  /** correct / answered; undefined before the first answer. */
  readonly score: number | undefined;
  /** Flashcards of this page that are due now. */
  readonly due: number;
  readonly reasons: readonly WeakReason[];
}

export interface DomainStatus {
  readonly number: number;
  readonly title: string;
  /** Share of the exam in percent. */
  readonly weight: number;
  readonly pages: readonly PageStatus[];
  readonly studied: number;
  /** Self-check questions whose objective is in the domain (whatever page they are on). */
  readonly questions: number;
  readonly answered: number;
  readonly correct: number;
  readonly due: number;
  /** Studied pages / pages; 0 when no page serves the domain. */
  readonly studiedShare: number;
  /** Correct answers / the domain's questions; undefined when it has no questions. */
  readonly correctShare: number | undefined;
  /** 0..1: the mean of the two shares (only studiedShare without questions; 0 without pages). */
  readonly readiness: number;
}

export interface Dashboard {
  readonly domains: readonly DomainStatus[];
  /** 0..1: the domains' readiness weighted by their share of the exam. */
  readonly readiness: number;
  /** Weak pages, once each, those serving the heaviest domain first (then in study order). */
  readonly weak: readonly PageStatus[];
  readonly totals: {
    readonly pages: number;
    readonly studied: number;
    readonly questions: number;
    readonly answered: number;
    readonly correct: number;
    readonly due: number;
  };
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/** A page's status: studied, scored and weak or not. */
export function pageStatus(page: PageInput, progress: Progress, due: ReadonlySet<string>): PageStatus {
  const { answered, correct } = pageScore(
    progress,
    page.slug,
    page.questions.map((question) => question.id),
  );
  const at = studiedAt(progress, page.slug);
  const score = answered > 0 ? correct / answered : undefined;
  const reasons: WeakReason[] = [];
  if (at === undefined) reasons.push('not-studied');
  if (score !== undefined && score < WEAK_BELOW) reasons.push('low-score');
  return {
    slug: page.slug,
    title: page.title,
    studiedAt: at,
    questions: page.questions.length,
    answered,
    correct,
    score,
    due: page.cardIds.filter((id) => due.has(id)).length,
    reasons,
  };
}

/**
 * The dashboard. `pages` come in study order; `due` holds the ids of the flashcards due now. A page
 * serving several domains counts in each of them.
 */
export function buildDashboard(
  domains: readonly ExamDomain[],
  pages: readonly PageInput[],
  progress: Progress,
  due: ReadonlySet<string>,
): Dashboard {
  const statuses = new Map(pages.map((page) => [page.slug, pageStatus(page, progress, due)]));
  const domainStatuses = domains.map((domain): DomainStatus => {
    const served = pages
      .filter((page) => page.examTasks.some((task) => domainOf(task) === domain.number))
      .map((page) => statuses.get(page.slug)!);
    const studied = served.filter((page) => page.studiedAt !== undefined).length;
    // Every page's questions on this domain's objectives, wherever the page sits in the blueprint.
    const scores = pages.map((page) => {
      const ids = page.questions.filter((q) => domainOf(q.objective) === domain.number).map((q) => q.id);
      return { ...pageScore(progress, page.slug, ids), total: ids.length };
    });
    const questions = sum(scores.map((score) => score.total));
    const correct = sum(scores.map((score) => score.correct));
    const studiedShare = served.length > 0 ? studied / served.length : 0;
    const correctShare = questions > 0 ? correct / questions : undefined;
    return {
      number: domain.number,
      title: domain.title,
      weight: domain.weight,
      pages: served,
      studied,
      questions,
      answered: sum(scores.map((score) => score.answered)),
      correct,
      due: sum(served.map((page) => page.due)),
      studiedShare,
      correctShare,
      readiness: correctShare === undefined ? studiedShare : (studiedShare + correctShare) / 2,
    };
  });
  const totalWeight = sum(domains.map((domain) => domain.weight));
  const heaviest = (page: PageStatus) =>
    Math.max(...domainStatuses.filter((domain) => domain.pages.includes(page)).map((domain) => domain.weight), 0);
  const all = [...statuses.values()];
  const order = new Map(pages.map((page, index) => [page.slug, index]));
  return {
    domains: domainStatuses,
    readiness:
      totalWeight > 0 ? sum(domainStatuses.map((domain) => domain.weight * domain.readiness)) / totalWeight : 0,
    weak: all
      .filter((page) => page.reasons.length > 0)
      .sort((a, b) => heaviest(b) - heaviest(a) || order.get(a.slug)! - order.get(b.slug)!),
    totals: {
      pages: all.length,
      studied: all.filter((page) => page.studiedAt !== undefined).length,
      questions: sum(all.map((page) => page.questions)),
      answered: sum(all.map((page) => page.answered)),
      correct: sum(all.map((page) => page.correct)),
      due: due.size,
    },
  };
}

/** "45 %", rounded down so a figure never claims more than was earned (99.6 % is not 100 %). */
export function formatPercent(share: number): string {
  return `${Math.floor(share * 100 + 1e-9)} %`;
}
