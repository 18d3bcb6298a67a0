// /practice/bank.json: the whole question bank in one file, so it can be checked and reused (format in
// docs/QUESTIONS.md). The practice page does not load it: it fetches one small file per question.
import type { APIRoute } from 'astro';
import { getBank } from '../../data/question-bank.ts';
import { GUIDE_REVISION } from '../../lib/exam/objectives.ts';

export const GET: APIRoute = async () => {
  const { questions, forms } = await getBank();
  const body = {
    format: 'aif-c01-question-bank',
    version: 1,
    guide: GUIDE_REVISION,
    count: questions.length,
    questions,
    forms,
  };
  return new Response(JSON.stringify(body, null, 1), { headers: { 'content-type': 'application/json' } });
};
