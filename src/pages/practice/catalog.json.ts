// /practice/catalog.json: what the practice page needs to draw forms and sets (each question's id,
// objective and type, and the fixed forms), without stems or answers: a few kilobytes.
import type { APIRoute } from 'astro';
import { getBank } from '../../data/question-bank.ts';

export const GET: APIRoute = async () => {
  const { index, forms } = await getBank();
  return new Response(JSON.stringify({ questions: index, forms }), { headers: { 'content-type': 'application/json' } });
};
