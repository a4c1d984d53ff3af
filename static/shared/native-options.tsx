import type { Choice } from './choice-select';

/** The `<option>`s of a native select that stands in for Atlaskit's while it loads. */
export function NativeOptions({ choices }: { choices: ReadonlyArray<Choice<string>> }) {
  return (
    <>
      {choices.map((c) => (
        <option key={c.value} value={c.value}>
          {c.label}
        </option>
      ))}
    </>
  );
}
