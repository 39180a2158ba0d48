/**
 * Migrations between published settings formats. Each entry lifts an object from
 * `from` to `from + 1`; `runMigrations` walks them in order. Format v1 is the first
 * published one, so the list is empty today. To add v2: append `{ from: 1, migrate }`,
 * save a real v1 object in `settings/samples/`, and the migrations test walks it.
 */
import { SETTINGS_VERSION } from '@/settings/schema';

export type RawSettings = Record<string, unknown>;

export interface Migration {
  readonly from: number;
  /** Returns a new object; must keep every field it does not deliberately change. */
  migrate(old: Readonly<RawSettings>): RawSettings;
}

export const MIGRATIONS: readonly Migration[] = [];

export class MissingMigrationError extends Error {
  constructor(readonly from: number) {
    super(`No migration from settings version ${from}`);
  }
}

/**
 * Lifts `raw` (whose version is `from`) to `target`. Versions above `target` are left
 * alone: they were written by a newer Legible and only it knows what they mean.
 */
export function runMigrations(
  raw: Readonly<RawSettings>,
  from: number,
  migrations: readonly Migration[] = MIGRATIONS,
  target: number = SETTINGS_VERSION,
): { value: RawSettings; applied: number[] } {
  let value: RawSettings = { ...raw };
  const applied: number[] = [];
  for (let version = from; version < target; version++) {
    const step = migrations.find((m) => m.from === version);
    if (!step) throw new MissingMigrationError(version);
    value = { ...step.migrate(value), version: version + 1 };
    applied.push(version);
  }
  return { value, applied };
}
