// The web app manifest, so the guide can be installed; paths follow the configured base.
import type { APIRoute } from 'astro';
import { withBase } from '../lib/site/paths.ts';

export const GET: APIRoute = () => {
  const base = import.meta.env.BASE_URL;
  const manifest = {
    name: 'AIF-C01 Study Guide',
    short_name: 'AIF-C01',
    description: 'A free study guide for the AWS Certified AI Practitioner exam, usable offline.',
    start_url: base,
    scope: base,
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#0b5cad',
    icons: [
      { src: withBase(base, 'icon-192.png'), sizes: '192x192', type: 'image/png' },
      { src: withBase(base, 'icon-512.png'), sizes: '512x512', type: 'image/png' },
      { src: withBase(base, 'favicon.svg'), sizes: 'any', type: 'image/svg+xml' },
    ],
  };
  return new Response(JSON.stringify(manifest), { headers: { 'content-type': 'application/manifest+json' } });
};
