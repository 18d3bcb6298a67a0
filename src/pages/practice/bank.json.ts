// /practice/bank.json: the whole question bank in one file, a JSON array of questions, so it can be checked
// and reused (fields in docs/QUESTIONS.md). The fixed forms are in catalog.json. The practice page does not
// load this file: it fetches one small file per question.
import type { APIRoute } from 'astro';
import { getBank } from '../../data/question-bank.ts';

export const GET: APIRoute = async () => {
  const { questions } = await getBank();
  return new Response(JSON.stringify(questions, null, 1), { headers: { 'content-type': 'application/json' } });
};
