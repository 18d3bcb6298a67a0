import { z } from 'astro/zod';

/**
 * The data of the "Which service?" explorer (`content/explorer/services.json`): what a learner has,
 * what they want, the services, and for each sensible combination the fitting services and the near
 * misses. The component parses the file with this schema at build time, so a wrong id fails the build
 * with the field named. A combination that is not listed has no fitting service: the explorer says so
 * and suggests the nearest listed ones (through the `related` lists). No field has a default: the
 * browser reads the file as it is, so the file must already have the checked shape.
 */

const Id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case words joined by "-"');
/** One line for the reader: a sentence of at most about 100 characters, ending with a full stop. */
const Line = z
  .string()
  .min(10)
  .max(120)
  .regex(/[.!?]$/, 'a sentence ending with a full stop');

/** Something a learner has (an input) or wants (a goal). */
export const ChoiceSchema = z.object({
  /** Stable id used in the page address (`?explorer.have=audio`) and in row ids; never change it. */
  id: Id,
  /** What the select and the table show, e.g. "Audio (speech, calls)". */
  label: z.string().min(3).max(60),
  /**
   * Ids of the closest other choices of the same kind, most similar first. When a combination has no
   * fitting service, the explorer suggests the same goal with these inputs (or the same input with
   * these goals) first; may be empty.
   */
  related: z.array(Id),
});

/** A service the explorer can name, and the section that teaches it. */
export const ExplorerServiceSchema = z.object({
  /** Stable id the combinations refer to, e.g. "transcribe". */
  id: Id,
  /** Its full name as AWS writes it, e.g. "Amazon Transcribe". */
  name: z.string().min(3).max(60),
  /** Slug of the topic page that teaches it, e.g. "aws-ai-services". */
  page: Id,
  /** Id of the section on that page (the heading's id), e.g. "amazon-transcribe". */
  anchor: Id,
  /**
   * Its status when it is no longer fully open, shown next to its name wherever it appears, e.g.
   * "closed to new customers since July 30, 2026". Omit for an open service.
   */
  status: z.string().min(5).max(80).optional(),
  /** Where the status was checked, when no page of the guide states it yet (AWS documentation). */
  statusSource: z.url({ protocol: /^https$/ }).optional(),
});

/** A fitting answer: one service, or a chain of services used one after the other. */
export const FitSchema = z.object({
  /** Ids of the services, in the order the data flows through them (one for a single service). */
  services: z.array(Id).min(1).max(3),
  /** One line on why it fits this combination. */
  why: Line,
});

/** A service a learner might pick for this combination, and why it is wrong. */
export const NearMissSchema = z.object({
  /** Id of the service. */
  service: Id,
  /** One line on why it does not fit. */
  why: Line,
});

/** What to use when you have `have` and want `want`. */
export const CombinationSchema = z.object({
  /** Id of an input. */
  have: Id,
  /** Id of a goal. */
  want: Id,
  /** The fitting services, best first; empty when nothing fits but a near miss is worth naming. */
  fits: z.array(FitSchema),
  /** The tempting wrong answers; may be empty. */
  nearMisses: z.array(NearMissSchema),
});

export const ExplorerDataSchema = z
  .object({
    /** The day the statuses and facts were last checked against the page and AWS, e.g. "2026-12-03". */
    checked: z.iso.date(),
    /** What a learner can have, in the order the select lists them. */
    inputs: z.array(ChoiceSchema).min(1),
    /** What a learner can want, in the order the select lists them. */
    goals: z.array(ChoiceSchema).min(1),
    /** Every service the combinations name. */
    services: z.array(ExplorerServiceSchema).min(1),
    /** The combinations with something to say; each input-goal pair at most once. */
    combinations: z.array(CombinationSchema),
  })
  .superRefine((data, context) => {
    const problem = (message: string, path: (string | number)[]) => context.addIssue({ code: 'custom', message, path });
    const inputs = new Set(data.inputs.map((input) => input.id));
    const goals = new Set(data.goals.map((goal) => goal.id));
    const services = new Set(data.services.map((service) => service.id));
    for (const [kind, list, known] of [
      ['inputs', data.inputs, inputs],
      ['goals', data.goals, goals],
    ] as const) {
      list.forEach((choice, i) => {
        if (list.findIndex((other) => other.id === choice.id) !== i) problem(`duplicate id "${choice.id}"`, [kind, i]);
        for (const id of choice.related)
          if (!known.has(id)) problem(`unknown related id "${id}"`, [kind, i, 'related']);
      });
    }
    data.services.forEach((service, i) => {
      if (data.services.findIndex((other) => other.id === service.id) !== i)
        problem(`duplicate service "${service.id}"`, ['services', i]);
    });
    const seen = new Set<string>();
    data.combinations.forEach((combination, i) => {
      const at = (...path: (string | number)[]) => ['combinations', i, ...path];
      const key = `${combination.have}/${combination.want}`;
      if (seen.has(key)) problem(`${key} is listed twice`, at());
      seen.add(key);
      if (!inputs.has(combination.have)) problem(`unknown input "${combination.have}"`, at('have'));
      if (!goals.has(combination.want)) problem(`unknown goal "${combination.want}"`, at('want'));
      if (combination.fits.length === 0 && combination.nearMisses.length === 0)
        problem(`${key} says nothing: leave it out, the explorer then suggests the nearest combinations`, at());
      const fitting = new Set(combination.fits.flatMap((fit) => fit.services));
      combination.fits.forEach((fit, j) => {
        for (const id of fit.services) if (!services.has(id)) problem(`unknown service "${id}"`, at('fits', j));
      });
      combination.nearMisses.forEach((miss, j) => {
        if (!services.has(miss.service)) problem(`unknown service "${miss.service}"`, at('nearMisses', j));
        if (fitting.has(miss.service)) problem(`"${miss.service}" both fits and is a near miss`, at('nearMisses', j));
      });
    });
  });
