import { beforeEach, describe, expect, test } from 'vitest';
import { toHtml } from '../../../src/lib/calculators/vnode.ts';
import { lookupCombination } from '../../../src/lib/explorer/combinations.ts';
import {
  combinationTitle,
  explorerTables,
  fitsContent,
  nearMissesContent,
  rowHref,
  serviceHref,
  TABLE_PAGE,
} from '../../../src/lib/explorer/render.ts';
import { FIXTURE } from './fixture.ts';

const combination = (have: string, want: string) => lookupCombination(FIXTURE, have, want)!;
const fitsHtml = (have: string, want: string, page = 'ai') =>
  toHtml(fitsContent(FIXTURE, combination(have, want), page));
const missesHtml = (have: string, want: string, page = 'ai') =>
  toHtml(nearMissesContent(FIXTURE, combination(have, want), page));

describe('links', () => {
  test('a service on the current page links to its section, one elsewhere to the other page', () => {
    const [transcribe, , kendra] = FIXTURE.services;
    expect(serviceHref(transcribe!, 'ai')).toBe('#amazon-transcribe');
    expect(serviceHref(kendra!, 'ai')).toBe('../search/#amazon-kendra');
  });

  test('a combination links to its row of the full table, relative to the current page', () => {
    expect(rowHref('audio', 'transcribe', TABLE_PAGE)).toBe('#explorer-audio-transcribe');
    expect(rowHref('audio', 'transcribe', 'aws-ai-services')).toBe('../which-service/#explorer-audio-transcribe');
  });
});

test('combinationTitle names the input and the goal by their labels', () => {
  expect(combinationTitle(FIXTURE, 'audio', 'translate')).toBe('Audio → Translate');
});

test('combinationTitle shows an unknown id as it is', () => {
  expect(combinationTitle(FIXTURE, 'smell', 'translate')).toBe('smell → Translate');
  expect(combinationTitle(FIXTURE, 'audio', 'dance')).toBe('Audio → dance');
});

describe('a service id the data does not describe', () => {
  // The schema refuses such ids; the views still show the bare id rather than break.
  const withPolly = (have: string, want: string) => ({
    ...FIXTURE,
    combinations: FIXTURE.combinations.map((c) =>
      c.have === have && c.want === want ? { ...c, fits: [{ services: ['polly'], why: 'Speaks.' }] } : c,
    ),
  });

  test('is named by its id, without a link, among the fitting services', () => {
    const data = withPolly('audio', 'transcribe');
    expect(toHtml(fitsContent(data, lookupCombination(data, 'audio', 'transcribe')!, 'ai'))).toBe(
      '<ul class="explorer-list"><li>polly: Speaks.</li></ul>',
    );
  });

  test('is named by its id in a nearest combination', () => {
    const data = withPolly('audio', 'translate');
    expect(toHtml(fitsContent(data, lookupCombination(data, 'video', 'translate')!, 'ai'))).toContain(
      'data-want="translate">Audio → Translate</a>: polly</li>',
    );
  });
});

describe('fitsContent', () => {
  test('lists each fitting service with a link and why', () => {
    expect(fitsHtml('audio', 'transcribe')).toBe(
      '<ul class="explorer-list"><li><a href="#amazon-transcribe">Amazon Transcribe</a>: Speech to text.</li></ul>',
    );
  });

  test('shows a chain of services with arrows in order', () => {
    expect(fitsHtml('audio', 'translate')).toContain(
      '<a href="#amazon-transcribe">Amazon Transcribe</a> → <a href="#amazon-translate">Amazon Translate</a>: Speech to text, then another language.',
    );
  });

  test('says when nothing fits and lists the nearest combinations with their services, never an empty box', () => {
    expect(fitsHtml('video', 'translate')).toBe(
      '<div><p>None of the services in this guide does this directly. Nearest combinations:</p><ul class="explorer-list">' +
        '<li><a href="../which-service/#explorer-audio-translate" data-have="audio" data-want="translate">Audio → Translate</a>: Amazon Transcribe, Amazon Translate</li>' +
        '<li><a href="../which-service/#explorer-text-translate" data-have="text" data-want="translate">Text → Translate</a>: Amazon Translate</li>' +
        '<li><a href="../which-service/#explorer-video-transcribe" data-have="video" data-want="transcribe">Video → Transcribe</a>: Amazon Transcribe</li>' +
        '</ul></div>',
    );
  });

  test('links the nearest combinations within the page on the full table', () => {
    expect(fitsHtml('video', 'translate', TABLE_PAGE)).toContain('href="#explorer-audio-translate"');
  });
});

describe('nearMissesContent', () => {
  test('lists each near miss with why not, and the status of a closed service', () => {
    expect(missesHtml('text', 'transcribe')).toBe(
      '<ul class="explorer-list"><li><a href="../search/#amazon-kendra">Amazon Kendra</a> (<span class="explorer-status">closed to new customers since July 30, 2026</span>): Searches; it hears nothing.</li></ul>',
    );
  });

  test('says "None." when there is no near miss', () => {
    expect(missesHtml('audio', 'translate')).toBe('<p>None.</p>');
  });
});

describe('explorerTables', () => {
  let tables: string[];
  beforeEach(() => {
    tables = explorerTables(FIXTURE, TABLE_PAGE).map(toHtml);
  });

  test('makes one table per input, captioned with it', () => {
    expect(tables).toHaveLength(3);
    expect(tables[0]).toContain('<caption>You have: Audio</caption>');
    expect(tables[2]).toMatch(/^<table class="explorer-table" id="explorer-in-video" role="table">/);
  });

  test('names its three columns in header cells that stay a table for screen readers on narrow screens', () => {
    // Narrow screens restyle rows as blocks, which drops the implicit table roles: the explicit ones keep them.
    const head =
      '<thead role="rowgroup"><tr role="row">' +
      '<th scope="col" role="columnheader">Goal</th>' +
      '<th scope="col" role="columnheader">Fitting services, and why</th>' +
      '<th scope="col" role="columnheader">Near misses, and why not</th>' +
      '</tr></thead><tbody role="rowgroup"><tr ';
    for (const table of tables) expect(table).toContain(head);
  });

  test('has a row for every goal of every input, with a unique id', () => {
    const ids = tables.join('').match(/<tr id="[^"]+"/g) ?? [];
    expect(ids).toHaveLength(9);
    expect(new Set(ids).size).toBe(9);
    expect(tables[1]).toContain(
      '<tr id="explorer-text-forecast" role="row"><th scope="row" role="rowheader">Forecast</th><td role="cell" data-fits=""><div><p>None of the services',
    );
  });

  test('puts the same answer in a row as the explorer shows', () => {
    expect(tables[0]).toContain(`<td role="cell" data-fits="">${fitsHtml('audio', 'translate', TABLE_PAGE)}</td>`);
    expect(tables[1]).toContain(`<td role="cell" data-misses="">${missesHtml('text', 'transcribe', TABLE_PAGE)}</td>`);
  });
});
