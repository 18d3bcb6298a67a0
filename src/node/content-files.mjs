// Build-time readers for content kept as several JSON files, one per topic page, so that authors of
// different pages never edit the same file. Node only (content.config, remark/rehype plugins, tests).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));

/** The *.json files of a content folder, sorted by name, each parsed. */
function readJsonFolder(/** @type {string} */ folder) {
  const dir = join(CONTENT, folder);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ file: `content/${folder}/${name}`, data: JSON.parse(readFileSync(join(dir, name), 'utf8')) }));
}

/**
 * Every glossary entry from content/glossary/*.json (each file an array of entries), in file order.
 * Throws, naming the file, when a file is not an array.
 * @returns {Array<Record<string, unknown> & { id: string }>}
 */
export function readGlossary() {
  /** @type {Map<string, string>} id -> the file that defines it */
  const seen = new Map();
  return readJsonFolder('glossary').flatMap(({ file, data }) => {
    if (!Array.isArray(data)) throw new Error(`${file}: a glossary file is a JSON array of entries`);
    for (const entry of data) {
      // The collection keys entries by id: a second entry with the same id would silently replace the first.
      const first = seen.get(entry?.id);
      if (first) throw new Error(`${file}: glossary id "${entry.id}" is already defined in ${first}`);
      seen.set(entry?.id, file);
    }
    return data;
  });
}
