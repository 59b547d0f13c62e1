// Reading a command's own options (`--name value` or `--name=value`) and the labels option the
// export and import commands share.

import { ENTITY_TYPES, type EntityType } from '../core/entities/types';
import type { ExportLabels } from '../core/export/exportDocument';
import { translator } from '../core/i18n';
import { UsageError } from './checkCommand';
import { envLanguage } from './language';

/**
 * Calls `on(name, value)` for each option (value() takes the option's value, from `=` or the
 * next argument) and returns the other arguments; `on` returns false for an unknown option.
 */
export function readOptions(args: readonly string[], on: (name: string, value: () => string) => boolean | void): string[] {
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (!a.startsWith('-')) {
      rest.push(a);
      continue;
    }
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const name = eq > 0 ? a.slice(0, eq) : a;
    const value = () => {
      const v = eq > 0 ? a.slice(eq + 1) : args[++i];
      if (v === undefined) throw new UsageError(translator(envLanguage())('cli.needsValue', { option: name }));
      return v;
    };
    if (on(name, value) === false) throw new UsageError(translator(envLanguage())('cli.unknownOption', { option: a }));
  }
  return rest;
}

/** `--label TYPE=LABEL` into the labels; `TYPE=` leaves the type out. */
export function setLabel(labels: ExportLabels, v: string): void {
  const m = /^([a-z]+)=(\S*)$/.exec(v);
  if (!m || !(ENTITY_TYPES as readonly string[]).includes(m[1])) throw new UsageError(translator(envLanguage())('cli.export.label', { types: ENTITY_TYPES.join(', '), value: v }));
  labels[m[1] as EntityType] = m[2] || undefined;
}
