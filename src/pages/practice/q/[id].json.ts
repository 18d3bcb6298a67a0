// /practice/q/<id>.json: one question with its key and explanations. The practice page fetches only the
// questions of the form or set being taken.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getBank } from '../../../data/question-bank.ts';
import type { BankQuestion } from '../../../lib/practice/bank.ts';

export const getStaticPaths = (async () =>
  (await getBank()).questions.map((question) => ({
    params: { id: question.id },
    props: { question },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ question: BankQuestion }> = ({ props }) =>
  new Response(JSON.stringify(props.question), { headers: { 'content-type': 'application/json' } });
