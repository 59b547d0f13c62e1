// The YAML entry that files a person the recognizer discovered into a corpus's entities.yaml.

export interface NewPerson {
  name: string;
  /** The title seen right before the name (`Thứ trưởng`). */
  title?: string;
  /** The article's date: the title was held then. */
  date?: string;
}

/** An id from a name: ASCII, lower case, hyphens (`Lê Thị Thu Hằng` → `le-thi-thu-hang`). */
export function entityIdFor(name: string, taken: (id: string) => boolean): string {
  const base =
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'person';
  let id = base;
  for (let n = 2; taken(id); n++) id = `${base}-${n}`;
  return id;
}

const quote = (s: string) => (/^[\p{L}\p{N} .,'-]+$/u.test(s) && !/^[-?:,[\]{}#&*!|>'"%@`]/.test(s) ? s : JSON.stringify(s));

/** The text to append to a registry file (`existing` is its current text, or undefined when new). */
export function newPersonYaml(person: NewPerson, id: string, existing: string | undefined): string {
  const lines = [`  - id: ${id}`, '    type: person', `    name: ${quote(person.name)}`];
  if (person.title) {
    lines.push('    titles:', `      - title: ${quote(person.title)}`);
    if (person.date) lines.push(`        from: ${person.date}`);
  }
  const entry = lines.join('\n') + '\n';
  if (existing === undefined || existing.trim() === '') return `# Entities of this corpus; they add to or override the built-in registry.\nentities:\n${entry}`;
  const sep = existing.endsWith('\n') ? '' : '\n';
  return /^entities:/m.test(existing) ? sep + entry : `${sep}entities:\n${entry}`;
}
