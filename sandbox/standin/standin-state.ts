/** The stand-in's data in memory, saved to its file after every write, and the workflow rule runner. */
import { loadData, writeJsonAtomically, type StandInData } from './standin-data';
import { seedStandInData } from './seed';

/** What a Forge workflow validator receives from Jira on a transition. */
export interface TransitionRuleArgs {
  issue: { key: string };
  configuration: unknown;
  transition: { from: { id: string }; to: { id: string }; modifiedFields: Record<string, unknown> | null };
}

/** Runs one workflow rule (for Shipshape: the app's validator) the way Jira would. */
export interface TransitionRuleRunner {
  (rule: { type: string; configuration: unknown }, args: TransitionRuleArgs): Promise<{ result: boolean; errorMessage?: string }>;
}

export interface StandInState {
  data: StandInData;
  readonly runRule: TransitionRuleRunner;
  /** Writes the data file (temp file + rename). Call after every change. */
  save(): void;
  /** Replaces the data with a fresh seed and saves it. */
  reset(): void;
}

export function openState(options: { dataFile: string; reset?: boolean; runRule: TransitionRuleRunner }): StandInState {
  const loaded = options.reset ? undefined : loadData(options.dataFile);
  const state: StandInState = {
    data: loaded ?? seedStandInData(),
    runRule: options.runRule,
    save: () => writeJsonAtomically(options.dataFile, state.data),
    reset: () => {
      state.data = seedStandInData();
      state.save();
    },
  };
  if (!loaded) state.save();
  return state;
}
