import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  MIGRATIONS,
  MissingMigrationError,
  runMigrations,
  type Migration,
} from '@/settings/migrations';
import { repairSettings } from '@/settings/repair';
import { SETTINGS_VERSION } from '@/settings/schema';

const samplesDir = new URL('./samples/', import.meta.url);
const samples = readdirSync(samplesDir)
  .filter((name) => /^v\d+\.json$/.test(name))
  .map((name) => ({
    version: Number(name.slice(1, -5)),
    value: JSON.parse(readFileSync(new URL(name, samplesDir), 'utf8')) as Record<string, unknown>,
  }));

describe('settings migrations', () => {
  it('has a saved sample of every published version', () => {
    const versions = samples.map((s) => s.version).sort((a, b) => a - b);
    expect(versions).toEqual(Array.from({ length: SETTINGS_VERSION }, (_, i) => i + 1));
  });

  it('has exactly one migration from each older version', () => {
    const froms = MIGRATIONS.map((m) => m.from).sort((a, b) => a - b);
    expect(froms).toEqual(Array.from({ length: SETTINGS_VERSION - 1 }, (_, i) => i + 1));
  });

  it.each(samples)('walks the v$version sample to a valid current object', ({ version, value }) => {
    expect(value.version).toBe(version);
    const { value: migrated } = runMigrations(value, version);
    expect(migrated.version).toBe(SETTINGS_VERSION);
    const repaired = repairSettings(migrated);
    expect(repaired.problems).toEqual([]);
    // Fields added later within the version are filled in; nothing the sample had changes.
    expect(repaired.settings).toMatchObject(migrated);
  });

  // The runner itself, on made-up versions, so it is tested before v2 exists.
  const made: Migration[] = [
    { from: 1, migrate: ({ size, ...rest }) => ({ ...rest, fontScale: Number(size) / 100 }) },
    { from: 2, migrate: (old) => ({ ...old, renamed: old.kept }) },
  ];

  it('applies each step in order, keeping fields a step does not touch', () => {
    const result = runMigrations({ version: 1, size: 150, kept: 'x', other: [1] }, 1, made, 3);
    expect(result).toEqual({
      value: { version: 3, fontScale: 1.5, kept: 'x', renamed: 'x', other: [1] },
      applied: [1, 2],
    });
  });

  it('starts from the stored version, not from 1', () => {
    expect(runMigrations({ version: 2, kept: 'y' }, 2, made, 3).applied).toEqual([2]);
  });

  it('leaves current and newer objects alone', () => {
    expect(runMigrations({ version: 3, a: 1 }, 3, made, 3)).toEqual({
      value: { version: 3, a: 1 },
      applied: [],
    });
    expect(runMigrations({ version: 4 }, 4, made, 3).applied).toEqual([]);
  });

  it('fails loudly when a step is missing', () => {
    expect(() => runMigrations({ version: 1 }, 1, [made[1]!], 3)).toThrow(MissingMigrationError);
  });
});
