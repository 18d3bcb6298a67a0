// A small explorer dataset for the lib tests: two inputs, three goals, three services.
import type { ExplorerData } from '../../../src/lib/explorer/types.ts';

export const FIXTURE: ExplorerData = {
  checked: '2026-12-03',
  inputs: [
    { id: 'audio', label: 'Audio', related: ['text'] },
    { id: 'text', label: 'Text', related: [] },
    { id: 'video', label: 'Video', related: ['audio'] },
  ],
  goals: [
    { id: 'transcribe', label: 'Transcribe', related: [] },
    { id: 'translate', label: 'Translate', related: ['transcribe'] },
    { id: 'forecast', label: 'Forecast', related: ['translate'] },
  ],
  services: [
    { id: 'transcribe', name: 'Amazon Transcribe', page: 'ai', anchor: 'amazon-transcribe' },
    { id: 'translate', name: 'Amazon Translate', page: 'ai', anchor: 'amazon-translate' },
    {
      id: 'kendra',
      name: 'Amazon Kendra',
      page: 'search',
      anchor: 'amazon-kendra',
      status: 'closed to new customers since July 30, 2026',
    },
  ],
  combinations: [
    {
      have: 'audio',
      want: 'transcribe',
      fits: [{ services: ['transcribe'], why: 'Speech to text.' }],
      nearMisses: [{ service: 'translate', why: 'Only the name looks alike.' }],
    },
    {
      have: 'audio',
      want: 'translate',
      fits: [{ services: ['transcribe', 'translate'], why: 'Speech to text, then another language.' }],
      nearMisses: [],
    },
    { have: 'text', want: 'translate', fits: [{ services: ['translate'], why: 'Translates text.' }], nearMisses: [] },
    {
      have: 'text',
      want: 'transcribe',
      fits: [],
      nearMisses: [{ service: 'kendra', why: 'Searches; it hears nothing.' }],
    },
    {
      have: 'video',
      want: 'transcribe',
      fits: [{ services: ['transcribe'], why: 'From the audio track.' }],
      nearMisses: [],
    },
  ],
};
