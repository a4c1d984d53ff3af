import { RESOURCE_LIMITS, resourceLimitProblems, type ResourceUsage } from '../../scripts/deploy/resource-limits';

const resource = (key: string, files: number, bytes: number): ResourceUsage => ({ key, path: `static/${key}/build`, files, bytes });

describe("Forge's resource limits", () => {
  it('passes resources within every limit', () => {
    expect(resourceLimitProblems([resource('a', 10, 1000), resource('b', 5000, RESOURCE_LIMITS.bytesPerResource)])).toEqual([]);
  });

  it('names each limit a resource or the app breaks', () => {
    expect(resourceLimitProblems([resource('a', 5001, 1)])).toEqual(['resource "a" has 5001 files; Forge allows 5000']);
    expect(resourceLimitProblems([resource('a', 1, RESOURCE_LIMITS.bytesPerResource + 1)])[0]).toMatch(/resource "a" is 100\.0 MB; Forge allows 100\.0 MB/);
    expect(resourceLimitProblems([resource('empty', 0, 0)])).toEqual(['resource "empty" (static/empty/build) is empty: run npm run build']);
    const many = Array.from({ length: 51 }, (_, i) => resource(`r${i}`, 1, 1));
    expect(resourceLimitProblems(many)).toEqual(['51 resources; Forge allows 50']);
    const heavy = Array.from({ length: 6 }, (_, i) => resource(`r${i}`, 4500, 1));
    expect(resourceLimitProblems(heavy)).toEqual(['27000 resource files in all; Forge allows 25000']);
  });
});
